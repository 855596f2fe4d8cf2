import { describe, expect, it } from 'vitest';
import { isHardwareRenderer } from './gpu.js';

// Renderer strings as browsers report them through WEBGL_debug_renderer_info.
describe('isHardwareRenderer', () => {
  it('accepts hardware GPUs', () => {
    for (const name of [
      'ANGLE (NVIDIA, NVIDIA GeForce RTX 3060 (0x00002503) Direct3D11 vs_5_0 ps_5_0, D3D11)',
      'ANGLE (Intel, Mesa Intel(R) UHD Graphics 620 (KBL GT2), OpenGL 4.6)',
      'ANGLE (AMD, AMD Radeon RX 6800 XT (radeonsi, navi21, LLVM 15.0.7, DRM 3.49), OpenGL 4.6)',
      'ANGLE (Apple, ANGLE Metal Renderer: Apple M2, Unspecified Version)',
      'Apple GPU',
      'Mali-G78',
    ]) {
      expect(isHardwareRenderer(name), name).toBe(true);
    }
  });

  it('refuses software rasterisers, whatever their case', () => {
    for (const name of [
      'ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero) (0x0000C0DE)), SwiftShader driver)',
      'Google SwiftShader',
      'llvmpipe (LLVM 15.0.6, 256 bits)',
      'ANGLE (Mesa, llvmpipe (LLVM 19.1.7 256 bits), OpenGL 4.5)',
      'softpipe',
      'ANGLE (Microsoft, Microsoft Basic Render Driver (0x0000008C) Direct3D11 vs_5_0 ps_5_0, D3D11)',
      'Apple Software Renderer',
      'Mesa OffScreen',
      'lavapipe (LLVM 17.0.6, 256 bits)',
      'ANGLE (Intel, WARP, D3D11)',
    ]) {
      expect(isHardwareRenderer(name), name).toBe(false);
    }
  });

  it('refuses when the browser hides the renderer', () => {
    expect(isHardwareRenderer(null)).toBe(false);
    expect(isHardwareRenderer('')).toBe(false);
  });
});

// graphology-layout-forceatlas2's step function, which the package ships without types.
declare module 'graphology-layout-forceatlas2/iterate.js' {
  export default function iterate(settings: object, nodeMatrix: Float32Array, edgeMatrix: Float32Array): void;
}

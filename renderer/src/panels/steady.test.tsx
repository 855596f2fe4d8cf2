// @vitest-environment happy-dom
// A steady panel: rendered again when its data changes, not when its parent renders with equal
// data and new inline callbacks; and a click calls the newest callback (no stale state).
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { steady } from './steady.js';

let renders = 0;
function Counts({ counts, onPick }: { counts: { nodes: number }; onPick(): void }) {
  renders++;
  return (
    <button type="button" onClick={onPick}>
      {counts.nodes} nodes
    </button>
  );
}
const SteadyCounts = steady(Counts);

function Parent() {
  const [tick, setTick] = useState(0);
  const [nodes, setNodes] = useState(3);
  const [picked, setPicked] = useState<number[]>([]);
  return (
    <>
      <button type="button" onClick={() => setTick((t) => t + 1)}>tick {tick}</button>
      <button type="button" onClick={() => setNodes((n) => n + 1)}>more</button>
      {/* A new counts object and a new callback on every render, the callback closing over `tick`. */}
      <SteadyCounts counts={{ nodes }} onPick={() => setPicked([...picked, tick])} />
      <output>{picked.join(',')}</output>
    </>
  );
}

afterEach(cleanup);

describe('steady panels', () => {
  it('skip renders with equal data, render on new data, and call the newest callback', () => {
    renders = 0;
    render(<Parent />);
    expect(renders).toBe(1);
    fireEvent.click(screen.getByText('tick 0'));
    fireEvent.click(screen.getByText('tick 1'));
    expect(renders).toBe(1);
    // The callback passed at tick 2 runs, not the one from the first render.
    fireEvent.click(screen.getByText('3 nodes'));
    expect(screen.getByRole('status').textContent).toBe('2');
    fireEvent.click(screen.getByText('more'));
    expect(screen.getByText('4 nodes')).toBeTruthy();
    expect(renders).toBe(2);
  });
});

// A panel rendered again only when its data changes. The window is one tree under App, and every
// answer from the service (an edit's, a filter's) renders App; at 10k nodes each panel rendered
// along with it, and React then went over each of their inputs in the commit, for nothing.
// `steady(Panel)` compares the panel's data props by what they hold (same-data.ts: counts rebuilt
// equal after an edit are no change; a Map is compared by identity) and hands it callbacks that
// stay the same function and call the newest one passed: callbacks written inline by the parent
// no longer count as a change.
//
// Only for panels whose function props are handlers (called on an event or after an answer): a
// function called while rendering would be the one from the last commit, not from this render.
import { type ComponentType, memo, useLayoutEffect, useRef } from 'react';
import { sameData } from '../state/same-data.js';

type Fn = (...args: never[]) => unknown;

function sameProps<P extends object>(before: P, after: P): boolean {
  const keys = Object.keys(after);
  return keys.length === Object.keys(before).length && keys.every((key) => sameData((before as Record<string, unknown>)[key], (after as Record<string, unknown>)[key]));
}

export function steady<P extends object>(Panel: ComponentType<P>): ComponentType<P> {
  const Memo = memo(Panel, sameProps) as unknown as ComponentType<P>;
  function Steady(props: P) {
    const latest = useRef(props);
    useLayoutEffect(() => {
      latest.current = props;
    });
    const proxies = useRef(new Map<string, Fn>());
    const passed: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(props)) {
      if (typeof value !== 'function') {
        passed[key] = value;
        continue;
      }
      let proxy = proxies.current.get(key);
      if (!proxy) {
        proxy = (...args: never[]) => (latest.current as Record<string, Fn>)[key]?.(...args);
        proxies.current.set(key, proxy);
      }
      passed[key] = proxy;
    }
    return <Memo {...(passed as P)} />;
  }
  Steady.displayName = `Steady(${Panel.displayName ?? Panel.name})`;
  return Steady;
}

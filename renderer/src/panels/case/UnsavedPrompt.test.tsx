// @vitest-environment happy-dom
// The browser host's question before unsaved edits are replaced: nothing asked when all is
// saved; Save goes on only once the save worked; Don't Save goes on; Cancel and Escape stop.
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useUnsavedGuard } from './UnsavedPrompt.js';

afterEach(cleanup);

function Harness({ unsaved, save, onAnswer }: { unsaved: boolean; save(): Promise<boolean>; onAnswer(ok: boolean): void }) {
  const guard = useUnsavedGuard({ unsaved: () => ({ unsaved, name: 'My case' }), save });
  return (
    <>
      <button type="button" onClick={(e) => (e.currentTarget.dataset.letGo = String(guard.letGo()))}>
        Opened
      </button>
      <button type="button" onClick={() => void guard.confirm('a new case').then(onAnswer)}>
        New
      </button>
      {guard.prompt}
    </>
  );
}

async function ask(unsaved: boolean, save: () => Promise<boolean> = () => Promise.resolve(true)) {
  const onAnswer = vi.fn<(ok: boolean) => void>();
  render(<Harness unsaved={unsaved} save={save} onAnswer={onAnswer} />);
  await act(async () => fireEvent.click(screen.getByText('New')));
  return onAnswer;
}

/** What the guard says once the next graph is open: were the edits let go? */
function letGo(): boolean {
  const opened = screen.getByText('Opened');
  fireEvent.click(opened);
  return opened.dataset.letGo === 'true';
}

const choose = async (testId: string) => act(async () => fireEvent.click(screen.getByTestId(testId)));

describe('useUnsavedGuard', () => {
  it('goes on without asking when nothing is unsaved', async () => {
    const answer = await ask(false);
    expect(screen.queryByTestId('unsaved-dialog')).toBeNull();
    expect(answer).toHaveBeenCalledWith(true);
  });

  it('asks, naming the case and what would replace it, with Save focused', async () => {
    const answer = await ask(true);
    expect(screen.getByRole('alertdialog').textContent).toContain('Save the changes to “My case” before opening a new case?');
    expect(document.activeElement).toBe(screen.getByTestId('unsaved-save'));
    expect(answer).not.toHaveBeenCalled();
  });

  it('Save saves, then goes on; a save that did not happen stops', async () => {
    const save = vi.fn(() => Promise.resolve(true));
    const answer = await ask(true, save);
    await choose('unsaved-save');
    expect(save).toHaveBeenCalledTimes(1);
    expect(answer).toHaveBeenCalledWith(true);
    expect(screen.queryByTestId('unsaved-dialog')).toBeNull();
    expect(letGo()).toBe(false);
    cleanup();
    const failed = await ask(true, () => Promise.resolve(false));
    await choose('unsaved-save');
    expect(failed).toHaveBeenCalledWith(false);
  });

  it("Don't Save goes on without saving; Cancel and Escape stop", async () => {
    const save = vi.fn(() => Promise.resolve(true));
    const discard = await ask(true, save);
    await choose('unsaved-discard');
    expect(discard).toHaveBeenCalledWith(true);
    expect(save).not.toHaveBeenCalled();
    // The edits were let go (once: the journal goes with the graph that replaced them).
    expect([letGo(), letGo()]).toEqual([true, false]);
    cleanup();
    const cancel = await ask(true, save);
    await choose('unsaved-cancel');
    expect(cancel).toHaveBeenCalledWith(false);
    cleanup();
    const escape = await ask(true, save);
    await act(async () => fireEvent.keyDown(document.activeElement ?? document.body, { key: 'Escape' }));
    expect(escape).toHaveBeenCalledWith(false);
    expect(screen.queryByTestId('unsaved-dialog')).toBeNull();
    expect(save).not.toHaveBeenCalled();
  });
});

// A new allegation type for the case, from the cite form: a label and a colour. The colour is
// checked as the Appearance panel checks its palettes — against both themes' canvas, where a
// line needs 3:1 — and drawn nudged to reach it where it falls short, which the form says.
import { useState } from 'react';
import { contrast, readable } from '../../graph-view/appearance-scale.js';
import { BASE_COLOURS, type Theme } from '../../graph-view/palette.js';

interface Props {
  onAdd(label: string, color: string): Promise<boolean>;
  onCancel(): void;
}

const THEMES: Theme[] = ['light', 'dark'];

export function AllegationTypeForm({ onAdd, onCancel }: Props) {
  const [label, setLabel] = useState('');
  const [color, setColor] = useState('#0e7490');
  const [busy, setBusy] = useState(false);
  const add = async () => {
    if (!label.trim() || busy) return;
    setBusy(true);
    const done = await onAdd(label.trim(), color);
    setBusy(false);
    if (done) onCancel();
  };
  return (
    <div
      className="type-form"
      data-testid="type-form"
      role="group"
      aria-label="New allegation type"
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          onCancel();
        } else if (e.key === 'Enter') {
          // Inside the cite form: Enter adds the type, not the claim.
          e.preventDefault();
          void add();
        }
      }}
    >
      <label>
        New type
        <input data-testid="type-label" autoFocus placeholder="e.g. Money laundering" value={label} onChange={(e) => setLabel(e.target.value)} />
      </label>
      <label className="type-colour">
        Colour
        <input type="color" data-testid="type-colour" value={color} onChange={(e) => setColor(e.target.value)} />
      </label>
      <ul className="type-contrast" data-testid="type-contrast" aria-label="Contrast against the canvas">
        {THEMES.map((theme) => {
          const ratio = contrast(color, BASE_COLOURS[theme].background);
          const drawn = readable(color, theme);
          return (
            <li key={theme} className={ratio >= 3 ? 'ok' : 'low'}>
              <span className="swatch" style={{ background: drawn }} aria-hidden />
              {theme} {ratio.toFixed(1)}:1{ratio >= 3 ? '' : `, drawn ${theme === 'light' ? 'darker' : 'lighter'}`}
            </li>
          );
        })}
      </ul>
      <button type="button" onClick={onCancel}>
        Cancel
      </button>
      <button type="button" data-testid="type-add" disabled={!label.trim() || busy} onClick={() => void add()}>
        Add type
      </button>
    </div>
  );
}

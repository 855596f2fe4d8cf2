// The header search: a NodePicker that reveals and selects the chosen node.
import { forwardRef } from 'react';
import type { SearchHit } from '../../../graph-data/src/contract.js';
import { NodePicker } from './paths/NodePicker.js';

interface Props {
  onChoose(hit: SearchHit): void;
}

export const SearchBox = forwardRef<HTMLInputElement, Props>(function SearchBox({ onChoose }, ref) {
  return (
    <NodePicker
      ref={ref}
      onChoose={onChoose}
      testId="search-input"
      resultTestId="search-result"
      placeholder="Search people, agencies, events…  ( / )"
      label="Search by name or alias"
    />
  );
});

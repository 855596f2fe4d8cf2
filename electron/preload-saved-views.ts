// The preload's saved-view functions: three named functions, each on its own channel.
import { savedViewChannelFor } from '../graph-data/src/contract-methods.js';
import type { RedthreadHost } from '../graph-data/src/contract.js';

type Invoke = (channel: string, args: unknown) => Promise<unknown>;
export type SavedViewsBridge = Required<Pick<RedthreadHost, 'listViews' | 'saveView' | 'deleteView'>>;

export function createSavedViewsBridge(invoke: Invoke): SavedViewsBridge {
  // Main answers each channel with that function's Result.
  return {
    listViews: () => invoke(savedViewChannelFor('listViews'), undefined) as never,
    saveView: (view) => invoke(savedViewChannelFor('saveView'), view) as never,
    deleteView: (name) => invoke(savedViewChannelFor('deleteView'), name) as never,
  };
}

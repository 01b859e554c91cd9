/**
 * Camera slice: whether the canvas fits its view to what changed (a selection, a path, portfolio picks,
 * a filter). On by default, so a new user never loses the answer off screen; a planner arranging a view
 * by hand turns it off and the camera stays where they put it.
 */
import type { SliceCreator } from '../types.ts';

export interface CameraSlice {
  followChanges: boolean;
  setFollowChanges(on: boolean): void;
}

export const createCameraSlice: SliceCreator<CameraSlice> = (set) => ({
  followChanges: true,
  setFollowChanges(on) {
    set({ followChanges: on });
  },
});

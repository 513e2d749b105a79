// The size of every share card, in pixels (the Open Graph size). Kept apart from the renderer
// (share-image.ts) so that pages can name it without loading CanvasKit.
export const SHARE_IMAGE_WIDTH = 1200;
export const SHARE_IMAGE_HEIGHT = 630;

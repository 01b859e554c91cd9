export { ImportButton } from './ImportButton.tsx';
export { ExportMenu } from './ExportMenu.tsx';
export { SessionMenu } from './SessionMenu.tsx';

// pdf.js ships its worker module without type declarations; the reader only hands its
// message handler back to pdf.js (pdf.ts), so this is all it needs to know of it.
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs' {
  export const WorkerMessageHandler: unknown;
}

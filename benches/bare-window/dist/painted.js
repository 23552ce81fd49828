// Reports the first painted frame of this empty page the way the journal reports its own: two
// animation frames after the page runs, through one IPC call.
requestAnimationFrame(() =>
  requestAnimationFrame(() => window.__TAURI_INTERNALS__.invoke("painted")),
);

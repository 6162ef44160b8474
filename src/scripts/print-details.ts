/** Open every closed <details> before printing and close them again after, so a printed page shows every table. */
const opened: HTMLDetailsElement[] = [];
addEventListener('beforeprint', () => {
  for (const d of document.querySelectorAll<HTMLDetailsElement>('details:not([open])')) {
    d.open = true;
    opened.push(d);
  }
});
addEventListener('afterprint', () => {
  for (const d of opened.splice(0)) d.open = false;
});

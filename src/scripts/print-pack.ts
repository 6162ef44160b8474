/** The meeting pack's print button: shown only with JavaScript, where it can open the print dialogue. */
const button = document.querySelector<HTMLButtonElement>('[data-pack-print]');
if (button) {
  button.hidden = false;
  button.addEventListener('click', () => print());
}

/**
 * The meeting form's loader. The form's own script (start-meeting-form.ts, with zod and the judging functions, ~40 KB)
 * is a dynamic import made only when needed: at once when the URL carries agreed levels or events (they must be shown
 * as the page opens, on the meeting pack too), else on the first focus, press or submit inside the form. A submit or
 * button click that comes before the script has arrived is held and repeated once it has, so nothing typed is lost.
 */
import { URL_PARAMS } from '../lib/local/url-params.ts';

const holder = document.querySelector<HTMLElement>('[data-meeting]');
if (holder) {
  let started: Promise<void> | undefined, ready = false;
  const start = () => (started ??= import('./start-meeting-form.ts').then((m) => {
    m.startMeetingForm(holder);
    ready = true;
  }));
  const params = new URLSearchParams(location.search);
  if (Object.values(URL_PARAMS).some((name) => params.has(name))) void start();
  else if (!holder.hasAttribute('data-readonly')) {
    holder.hidden = false;
    const onFirstUse = () => void start();
    holder.addEventListener('focusin', onFirstUse, { once: true });
    holder.addEventListener('pointerdown', onFirstUse, { once: true });
    // Until the script is there, a submit or a button press is held back and repeated when it is.
    holder.addEventListener('submit', (ev) => {
      if (ready) return;
      ev.preventDefault();
      const form = ev.target as HTMLFormElement, submitter = (ev as SubmitEvent).submitter;
      void start().then(() => form.requestSubmit(submitter));
    });
    holder.addEventListener('click', (ev) => {
      const button = (ev.target as Element).closest<HTMLButtonElement>('button[type="button"]');
      if (ready || !button) return;
      ev.stopImmediatePropagation();
      void start().then(() => button.click());
    }, { capture: true });
  }
}

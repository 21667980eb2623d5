// Progressive enhancement only: every share link works without this script.
// Web Share and copy-link buttons appear where the browser can do them; the Mastodon page
// sends the text to the visitor's own server, remembered on this device.
for (const b of document.querySelectorAll('[data-share-url]')) {
  const url = b.dataset.shareUrl;
  if (b.classList.contains('share-native') && navigator.share) {
    b.hidden = false;
    b.addEventListener('click', () => navigator.share({ title: b.dataset.shareTitle, url }).catch(() => {}));
  } else if (b.classList.contains('copy-link') && navigator.clipboard) {
    b.hidden = false;
    b.addEventListener('click', () => navigator.clipboard.writeText(url).then(() => { b.textContent = b.dataset.done; }, () => {}));
  }
}
const form = document.querySelector('form.mastodon');
if (form) {
  const { instance, text } = form.elements;
  text.value = new URLSearchParams(location.search).get('text') || '';
  try { instance.value = localStorage.getItem('vigie-mastodon') || ''; } catch (e) { /* storage off */ }
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const host = instance.value.trim().replace(/^https?:\/\//, '').replace(/\/.*$/, '');
    if (!/^[a-z0-9-]+(\.[a-z0-9-]+)+$/i.test(host)) { instance.focus(); return; }
    try { localStorage.setItem('vigie-mastodon', host); } catch (e) { /* storage off */ }
    location.href = `https://${host}/share?text=${encodeURIComponent(text.value)}`;
  });
}

// Progressive enhancement only: every share link works without this script.
// Web Share and copy buttons appear where the browser can do them; the Mastodon page
// sends the text to the visitor's own server, remembered on this device.
for (const b of document.querySelectorAll('.share-native')) {
  if (!navigator.share) continue;
  b.hidden = false;
  b.addEventListener('click', () => navigator.share({ title: b.dataset.shareTitle, url: b.dataset.shareUrl }).catch(() => {}));
}
// A copy button copies its `data-copy` text, or the value of the field named by `data-copy-from`.
for (const b of document.querySelectorAll('button.copy')) {
  if (!navigator.clipboard) continue;
  b.hidden = false;
  b.addEventListener('click', () => {
    const from = document.getElementById(b.dataset.copyFrom);
    navigator.clipboard.writeText(from ? from.value : b.dataset.copy).then(() => { b.textContent = b.dataset.done; }, () => {});
  });
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

// portfolio serve: reloads the page when the server has a newer version of it, keeping the scroll position.
(() => {
  const script = document.currentScript;
  const version = script.dataset.version;
  const scrollKey = 'portfolio-serve-scroll';
  const saved = sessionStorage.getItem(scrollKey);
  if (saved !== null) {
    sessionStorage.removeItem(scrollKey);
    window.scrollTo(0, Number(saved));
  }
  const events = new EventSource(script.dataset.events);
  events.addEventListener('version', (event) => {
    if (event.data !== version) {
      events.close();
      sessionStorage.setItem(scrollKey, String(window.scrollY));
      window.location.reload();
    }
  });
})();

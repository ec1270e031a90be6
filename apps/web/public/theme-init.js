// Runs before the bundle so a dark-mode user never sees a white flash. Mirrors next-themes'
// storage key ("theme") and class attribute; next-themes takes over once React mounts.
(function () {
  try {
    var stored = localStorage.getItem('theme');
    var prefersDark = window.matchMedia && window.matchMedia('(prefers-color-scheme: dark)').matches;
    var mode = stored === 'dark' || stored === 'light' ? stored : prefersDark ? 'dark' : 'light';
    document.documentElement.classList.add(mode);
    document.documentElement.style.colorScheme = mode;
  } catch {
    /* storage may be blocked; next-themes falls back to the system preference */
  }
})();

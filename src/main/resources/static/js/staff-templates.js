// Response templates of the agency inbox: without JavaScript each link reloads the page with the text filled in;
// with it, a click fills the message box in place and moves the cursor to the first "…" to complete.
document.addEventListener('click', function (event) {
  var link = event.target.closest('a[data-template]');
  var box = document.getElementById('message');
  if (!link || !box) {
    return;
  }
  event.preventDefault();
  box.value = link.getAttribute('data-template');
  box.focus();
  var gap = box.value.indexOf('\u2026');
  if (gap >= 0) {
    box.setSelectionRange(gap, gap + 1);
  }
});

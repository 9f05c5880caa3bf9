// Staff intake form: choosing a district narrows the village list to that district; without JavaScript every
// village stays listed, grouped by district, and choosing a village alone is enough.
(function () {
  var district = document.getElementById('districtCode');
  var village = document.getElementById('villageCode');
  if (!district || !village) {
    return;
  }
  function narrow() {
    var chosen = district.value;
    Array.prototype.forEach.call(village.querySelectorAll('optgroup'), function (group) {
      var show = !chosen || group.getAttribute('data-district') === chosen;
      group.hidden = !show;
      group.disabled = !show;
    });
    var selected = village.options[village.selectedIndex];
    if (selected && selected.parentNode.disabled) {
      village.value = '';
    }
  }
  district.addEventListener('change', narrow);
  narrow();
})();

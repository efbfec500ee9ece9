// Quiz countdown. The server enforces the time limit; this only shows the
// time left and, when it runs out, submits the answers on the page.
(function () {
  "use strict";
  var timer = document.querySelector("[data-deadline]");
  if (!timer) return;
  var deadline = Date.parse(timer.getAttribute("data-deadline"));
  var left = timer.querySelector(".timer__left");
  var form = document.getElementById(timer.getAttribute("data-form"));
  var lang = document.documentElement.lang || undefined;
  var digits = new Intl.NumberFormat(lang, { minimumIntegerDigits: 2 });
  var sent = false;
  function tick() {
    var seconds = Math.max(0, Math.round((deadline - Date.now()) / 1000));
    left.textContent = "(" + digits.format(Math.floor(seconds / 60)) + ":" +
      digits.format(seconds % 60) + ")";
    if (seconds <= 60) timer.classList.add("timer--ending");
    if (seconds === 0 && form && !sent) {
      sent = true;
      var flag = document.createElement("input");
      flag.type = "hidden";
      flag.name = "time_over";
      flag.value = "1";
      form.appendChild(flag);
      form.submit();
      return;
    }
    window.setTimeout(tick, 1000);
  }
  tick();
})();

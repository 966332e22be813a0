// A minimal chat over Rasa's REST channel; the socket.io widget replaces it later.
(function () {
  const log = document.getElementById("log");
  const form = document.getElementById("composer");
  const input = document.getElementById("message");
  let sender = sessionStorage.getItem("kneebot-sender");
  if (!sender) {
    sender = "web-" + crypto.getRandomValues(new Uint32Array(2)).join("-");
    sessionStorage.setItem("kneebot-sender", sender);
  }

  function add(text, cls) {
    const div = document.createElement("div");
    div.className = "msg " + cls;
    div.textContent = text;
    log.appendChild(div);
    div.scrollIntoView({ block: "end" });
  }

  function addChoices(buttons) {
    const box = document.createElement("div");
    box.className = "choices";
    buttons.forEach(function (b) {
      const btn = document.createElement("button");
      btn.type = "button";
      btn.textContent = b.title;
      btn.addEventListener("click", function () { box.remove(); send(b.payload, b.title); });
      box.appendChild(btn);
    });
    log.appendChild(box);
  }

  async function send(message, shown) {
    add(shown || message, "user");
    try {
      const response = await fetch(window.KNEEBOT.rasaUrl + "/webhooks/rest/webhook", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ sender: sender, message: message }),
      });
      const replies = await response.json();
      if (!response.ok) { add(replies.message || "Something went wrong; please try again.", "error"); return; }
      replies.forEach(function (r) {
        if (r.text) add(r.text, "bot");
        if (r.buttons && r.buttons.length) addChoices(r.buttons);
      });
    } catch (e) {
      add("The assistant can't be reached right now. Please try again in a moment.", "error");
    }
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    const text = input.value;
    input.value = "";
    if (text.trim()) send(text);
  });
  document.getElementById("restart").addEventListener("click", function () { send("/restart", "Start over"); });
  send("/greet", "Hello");
})();

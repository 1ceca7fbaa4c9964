// Names as one types: an input marked data-suggest offers the names of the actors the store knows
// that contain what has been typed, from /api/actors, in the datalist the input points to.
const WAIT_MS = 150;

function suggest(input) {
  const list = input.list;
  if (list === null) {
    return;
  }
  let timer = null;
  let asked = '';
  input.addEventListener('input', () => {
    clearTimeout(timer);
    const typed = input.value.trim();
    if (typed.length < 2 || typed === asked) {
      return;
    }
    timer = setTimeout(async () => {
      asked = typed;
      const response = await fetch('/api/actors?limit=8&q=' + encodeURIComponent(typed));
      if (!response.ok || input.value.trim() !== typed) {
        return;
      }
      const actors = await response.json();
      list.replaceChildren(
        ...actors
          .filter((a) => a.name)
          .map((a) => {
            const option = document.createElement('option');
            option.value = a.name;
            option.label = a.kind;
            return option;
          }),
      );
    }, WAIT_MS);
  });
}

document.querySelectorAll('input[data-suggest]').forEach(suggest);

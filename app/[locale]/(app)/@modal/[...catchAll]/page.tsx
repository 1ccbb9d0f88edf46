// Any other navigation closes the quick-create dialog (a parallel slot otherwise keeps its last state).
export default function CatchAll() {
  return null;
}

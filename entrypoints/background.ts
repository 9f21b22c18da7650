export default defineBackground(() => {
  // Wiring only: the store and message handlers are registered here as they land.
});

// Never reports: a tab that hangs every time.
it('never ends', function () {
  this.timeout(0);
  return new Promise(() => {});
});

// Preloaded into benchmark child processes: prints the process's peak resident memory on exit.
process.on('exit', () => {
  process.stderr.write(`PEAK_RSS_MB=${Math.round(process.resourceUsage().maxRSS / 1024)}\n`);
});

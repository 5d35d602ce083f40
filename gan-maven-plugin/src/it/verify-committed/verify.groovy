// The run of experiments' quick profile matched the baseline committed in experiments/baselines.
def log = new File(basedir, 'build.log').text
assert log.contains('Experiment quick matches its baseline') : 'gan:verify did not pass'
assert log.contains('experiments/baselines/quick')
return true

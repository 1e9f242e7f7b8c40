// Setup for the projects that run the examples on an emulated board: the first boot builds
// the firmware with RIOT's make (tens of seconds on two cores), so hooks and tests get longer
// than Jest's default. Jest reads testTimeout only from the top-level config, hence this file.
jest.setTimeout(Number(process.env.RIOTSCRIPT_BOARD_TIMEOUT_MS || 900000));

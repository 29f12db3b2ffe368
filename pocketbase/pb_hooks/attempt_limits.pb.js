/// <reference path="../pb_data/types.d.ts" />
// Per visitor, a limit on what can be tried without signing in: wrong passwords, reset tokens and
// one-time codes, and requests that send mail (pb_hooks/lib/attempt-limit.js).

onRecordAuthWithPasswordRequest((e) => require(`${__hooks}/lib/attempt-limit.js`).limitFailures(e, "password"), "users");
onRecordAuthWithOTPRequest((e) => require(`${__hooks}/lib/attempt-limit.js`).limitFailures(e, "otp"), "users");
onRecordConfirmPasswordResetRequest((e) => require(`${__hooks}/lib/attempt-limit.js`).limitFailures(e, "password-reset-confirm"), "users");
onRecordRequestPasswordResetRequest((e) => require(`${__hooks}/lib/attempt-limit.js`).limitMail(e, "password-reset"), "users");
onRecordRequestOTPRequest((e) => require(`${__hooks}/lib/attempt-limit.js`).limitCodeMail(e), "users");
onRecordRequestVerificationRequest((e) => require(`${__hooks}/lib/attempt-limit.js`).limitMail(e, "verification"), "users");

/**
 * Passwords of 10+ characters that top the public breach lists; refused at registration, reset and
 * change. A short list on purpose: length and the other checks in passwords.ts do the rest.
 */
export const COMMON_PASSWORDS = new Set([
  '1234567890', '0123456789', '0987654321', '1111111111', '1234512345', '1122334455', '1q2w3e4r5t',
  'qwertyuiop', 'asdfghjkl;', 'zxcvbnm123', 'qwerty1234', 'qwerty12345', 'qwerty123456', '1qaz2wsx3edc',
  'password12', 'password123', 'password1234', 'password!1', 'passw0rd123', 'p@ssw0rd123', 'p@ssword123',
  'iloveyou12', 'iloveyou123', 'sunshine123', 'princess123', 'football123', 'baseball123', 'welcome123',
  'welcome1234', 'letmein123', 'letmein1234', 'abc1234567', 'abcdefghij', 'abcd123456', 'administrator',
  'admin12345', 'admin123456', 'changeme123', 'trustno1234', 'dragon1234', 'monkey1234', 'master1234',
  'superman123', 'batman1234', 'starwars123', 'whatever123', 'michael123', 'jennifer123', 'computer123',
  'internet123', 'qazwsxedc123', 'q1w2e3r4t5', 'a1b2c3d4e5', 'aaaaaaaaaa', 'passwordpassword', 'secret1234',
  'football1234', 'default1234', 'mypassword', 'mypassword1', 'mypassword123', 'password2024', 'password2025',
  'password2026', 'summer2024!', 'winter2025!', 'spring2026!', 'company123', 'toogoodcrm', 'toogoodcrm1',
]);

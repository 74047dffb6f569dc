// diagram-js translate override: zh-CN dictionary unless the page's language is English (<html lang="en...">).
import zhCN from './zh-CN.js';

export function isChinese() {
  return !(document.documentElement.lang || '').toLowerCase().startsWith('en');
}

export function translate(template, replacements) {
  const dictionary = isChinese() ? zhCN : null;
  const text = (dictionary && dictionary[template]) || template;
  return text.replace(/{([^}]+)}/g, (_, key) => (replacements && key in replacements ? replacements[key] : `{${key}}`));
}

export default {
  translate: ['value', translate]
};

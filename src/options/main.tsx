/** Options entry. */
import { render } from 'preact';
import { localeFor } from '../ui/i18n.ts';
import '../ui/base.css';
import { Options } from './Options.tsx';

const locale = localeFor(undefined, navigator.language);
document.documentElement.lang = locale.lang.replace('_', '-');
document.documentElement.dir = locale.dir;
render(<Options locale={locale} />, document.getElementById('app') as HTMLElement);

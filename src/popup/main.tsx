/** Popup entry: renders the watched-parcels list. */
import { render } from 'preact';
import { localeFor } from '../ui/i18n.ts';
import '../ui/base.css';
import { Popup } from './Popup.tsx';
import './popup.css';

const locale = localeFor(undefined, navigator.language);
document.documentElement.lang = locale.lang.replace('_', '-');
document.documentElement.dir = locale.dir;
render(<Popup locale={locale} />, document.getElementById('app') as HTMLElement);

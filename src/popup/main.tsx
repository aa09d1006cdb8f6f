/** Popup entry: renders the watched-parcels list (language and direction follow the settings). */
import { render } from 'preact';
import '../ui/base.css';
import { Popup } from './Popup.tsx';
import './popup.css';

render(<Popup />, document.getElementById('app') as HTMLElement);

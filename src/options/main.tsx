/** Options entry (language and direction follow the settings). */
import { render } from 'preact';
import '../ui/base.css';
import { Options } from './Options.tsx';
import './options.css';

render(<Options />, document.getElementById('app') as HTMLElement);

// Render only: the settings' data and wiring live in App.tsx.
import { render } from 'preact';
import '../../components/ui.css';
import '../../components/options.css';
import { App } from './App';

render(<App />, document.getElementById('app')!);

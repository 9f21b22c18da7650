// Render only: the popup's data and wiring live in App.tsx.
import { render } from 'preact';
import '../../components/ui.css';
import '../../components/popup.css';
import { App } from './App';

render(<App />, document.getElementById('app')!);

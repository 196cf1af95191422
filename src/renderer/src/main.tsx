// The renderer's entry: mount the app with the Host of wherever it runs.
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './App'
import { getHost } from './host'
import './styles.css'

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element')
createRoot(root).render(
  <StrictMode>
    <App host={getHost()} />
  </StrictMode>,
)

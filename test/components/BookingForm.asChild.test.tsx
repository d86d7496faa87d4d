import { screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { BookingForm, type BookingField } from '../../src'
import { renderWithKit } from '../query/support/renderWithKit'

const fields: BookingField[] = [{ key: 'email', title: 'E-mail', format: 'email', required: true }]

describe('asChild on a part without content of its own', () => {
  it("BookingForm.Control asChild renders the caller's own input, with the kit's props merged in", async () => {
    const user = userEvent.setup()
    renderWithKit(
      <BookingForm.Root fields={fields}>
        <BookingForm.Fields>
          {() => (
            <BookingForm.Field>
              <BookingForm.Label />
              <BookingForm.Control asChild>
                <input className="mine" data-testid="mine" />
              </BookingForm.Control>
              <BookingForm.Error />
            </BookingForm.Field>
          )}
        </BookingForm.Fields>
        <BookingForm.Submit />
      </BookingForm.Root>,
    )
    const input = screen.getByRole('textbox', { name: /E-mail/ })
    expect(input).toBe(screen.getByTestId('mine'))
    expect(input.className).toBe('mine')
    await user.type(input, 'not-an-address')
    await user.click(screen.getByRole('button', { name: 'Book it' }))
    await waitFor(() => expect(input.getAttribute('aria-invalid')).toBe('true'))
    expect(document.activeElement).toBe(input)
    expect((input as HTMLInputElement).value).toBe('not-an-address')
  })
})

describe('a required group of checkboxes', () => {
  it('says it is required in its legend, as its checkboxes cannot', async () => {
    renderWithKit(
      <BookingForm.Root fields={[{ key: 'topics', title: 'Topics', format: 'checkbox', options: ['A', 'B'], required: true }]} />,
    )
    const group = screen.getByRole('group', { name: /Topics/ })
    expect(group.getAttribute('aria-required')).toBeNull()
    expect(screen.getByText('Topics', { exact: false }).closest('legend')!.textContent).toMatch(/\(required\)/)
  })
})

"""What the tabs for citizen ideas, working groups and the citizen budget share: their refusals in the
user's words, amounts in kroner, a form dialog that refuses bad input, toolbar actions and table picking."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6 import QtCore, QtGui, QtWidgets
from PySide6.QtCore import QCoreApplication

from lokalraad_app.domain.enums import InitiativeStatus
from lokalraad_app.services.errors import NotFoundError, ValidationError
from lokalraad_app.services.participation import MeetingChoice, PlanChoice
from lokalraad_app.ui import prompts
from lokalraad_app.ui.labels import format_date
from lokalraad_app.ui.refusals import refusal_message
from lokalraad_app.ui.rows_model import RowsTableModel
from lokalraad_app.ui.undo import AddCommand, ServiceCommand, push

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text") calls


def participation_refusal(error: Exception) -> str:
    """The refusals of these services in the user's words; the app's shared ones for the rest."""
    if isinstance(error, ValidationError):
        known = {
            ("text", "required"): translate("Participation", "Write the text."),
            ("received_on", "required"): translate("Participation", "Give the date the idea came in."),
            ("email", "invalid"): translate("Participation", "The e-mail address is not valid; correct it or "
                                                             "leave it empty."),
            ("link", "both"): translate("Participation", "Link the idea to a focus area or an initiative, not both."),
            ("meeting", "unknown"): translate("Participation", "The meeting chosen no longer exists."),
            ("focus_area", "unknown"): translate("Participation", "The focus area chosen no longer exists."),
            ("initiative", "unknown"): translate("Participation", "The initiative chosen no longer exists."),
            ("initiative", "already"): translate("Participation", "The working group already owns that initiative."),
            ("name", "required"): translate("Participation", "Write the name."),
            ("person", "unknown"): translate("Participation", "The person chosen is no longer in the register."),
            ("member", "already"): translate("Participation", "That person is already in the working group."),
            ("made_on", "required"): translate("Participation", "Give the date."),
            ("total", "positive"): translate("Participation", "The amount to share must be more than 0 kr."),
            ("total", "too_large"): translate("Participation", "The amount is too large; check the number."),
            ("cost", "negative"): translate("Participation", "The cost cannot be negative."),
            ("cost", "too_large"): translate("Participation", "The cost is too large; check the number."),
            ("round", "decided"): translate("Participation", "The result of this round is recorded. Clear the "
                                                             "result before changing proposals, costs, votes or "
                                                             "the amount."),
            ("votes", "none"): translate("Participation", "No proposal has votes yet; count the votes first."),
            ("proposal", "not_chosen"): translate("Participation", "Only a proposal chosen in the recorded result "
                                                                   "becomes an initiative."),
            ("proposal", "already"): translate("Participation", "This proposal is already an initiative."),
        }
        if (error.field, error.code) in known:
            return known[(error.field, error.code)]
    return refusal_message(error)


def amount_text(kroner: int) -> str:
    """100000 -> '100.000 kr.' in Danish."""
    locale = QtCore.QLocale()
    locale.setNumberOptions(QtCore.QLocale.NumberOption.DefaultNumberOptions)  # thousands grouped, even in C
    return translate("Participation", "%1 kr.").replace("%1", locale.toString(kroner))


def initiative_status_label(status: str) -> str:
    return {
        InitiativeStatus.IDEA.value: translate("Participation", "Idea"),
        InitiativeStatus.ACTIVE.value: translate("Participation", "Under way"),
        InitiativeStatus.DONE.value: translate("Participation", "Done"),
        InitiativeStatus.PAUSED.value: translate("Participation", "Paused"),
    }.get(status, status)


def meeting_text(title: str, day: object) -> str:
    return f"{title} {format_date(day)}".strip() if title else ""  # type: ignore[arg-type]


def apply(parent: QtWidgets.QWidget, stack: QtGui.QUndoStack, command: ServiceCommand) -> bool:
    """Pushes the command; a refusal is told and nothing changed. True when it was done."""
    error = push(stack, command)
    if error is not None:
        prompts.error(parent, translate("Participation", "Not saved"), participation_refusal(error))
        return False
    return True


def add_from(parent: QtWidgets.QWidget, stack: QtGui.QUndoStack, dialog: FormDialog,
             command: Callable[[Any], AddCommand], select: Callable[[int | None], None]) -> None:
    """Asks with the dialog; what it holds is added as one step and then selected."""
    if dialog.exec() != QtWidgets.QDialog.DialogCode.Accepted:
        return
    step = command(dialog.value())
    if apply(parent, stack, step):
        select(step.record_id)


def edit_in(parent: QtWidgets.QWidget, stack: QtGui.QUndoStack, dialog: FormDialog, before: Any,
            command: Callable[[Any], ServiceCommand]) -> None:
    """Asks with the dialog (showing `before`); a change is saved as one step."""
    if dialog.exec() != QtWidgets.QDialog.DialogCode.Accepted:
        return
    after = dialog.value()
    if after != before:
        apply(parent, stack, command(after))


def refuse(parent: QtWidgets.QWidget, error: ValidationError | NotFoundError) -> None:
    prompts.error(parent, translate("Participation", "Not saved"), participation_refusal(error))


def add_action(widget: QtWidgets.QWidget, text: str, slot: Callable[[], None],
               shortcut: QtGui.QKeySequence | QtGui.QKeySequence.StandardKey | str | None = None) -> QtGui.QAction:
    """An action of the widget, its shortcut working while the focus is inside it."""
    action = QtGui.QAction(text, widget)
    if shortcut is not None:
        action.setShortcut(QtGui.QKeySequence(shortcut))
        action.setShortcutContext(QtCore.Qt.ShortcutContext.WidgetWithChildrenShortcut)
    action.triggered.connect(slot)
    widget.addAction(action)
    return action


def toolbar(*actions: QtGui.QAction | None) -> QtWidgets.QToolBar:
    """A text-only toolbar; None is a separator."""
    bar = QtWidgets.QToolBar()
    bar.setToolButtonStyle(QtCore.Qt.ToolButtonStyle.ToolButtonTextOnly)
    for a in actions:
        if a is None:
            bar.addSeparator()
        else:
            bar.addAction(a)
    return bar


def selected_row(table: QtWidgets.QTableView, model: RowsTableModel) -> object | None:
    row = table.currentIndex().row()
    return model.rows[row] if 0 <= row < len(model.rows) else None


def select_where(table: QtWidgets.QTableView, model: RowsTableModel, row_id: int | None) -> None:
    """Selects the row with that id, if shown."""
    for i, row in enumerate(model.rows):
        if row.id == row_id:
            table.setCurrentIndex(model.index(i, 0))
            return


class FormDialog(QtWidgets.QDialog):
    """A form with OK and Cancel; `check()` names what to fix, and the dialog stays open with what was typed."""

    def __init__(self, title: str, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = QtWidgets.QFormLayout()
        self.error_label = QtWidgets.QLabel()
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        buttons = QtWidgets.QDialogButtonBox(
            QtWidgets.QDialogButtonBox.StandardButton.Ok | QtWidgets.QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)

    def check(self) -> tuple[str, QtWidgets.QWidget] | None:
        """What is wrong and the field to fix, or None."""
        return None

    def value(self) -> Any:
        """What the form holds, as the service's input."""
        raise NotImplementedError(f"{type(self).__name__} must define value")

    def accept(self) -> None:
        problem = self.check()
        if problem is not None:
            text, field = problem
            self.error_label.setText(text)
            self.error_label.show()
            field.setFocus()
            return
        super().accept()


def meeting_combo(meetings: list[MeetingChoice], current: int | None) -> QtWidgets.QComboBox:
    """The borgermøder to choose from, and "none"."""
    combo = QtWidgets.QComboBox()
    combo.addItem(translate("Participation", "(no meeting)"), None)
    for m in meetings:
        combo.addItem(meeting_text(m.title, m.day), m.id)
    combo.setCurrentIndex(max(combo.findData(current), 0) if current is not None else 0)
    return combo


def plan_combo(choices: list[PlanChoice], current: tuple[int | None, int | None], none_text: str,
               initiatives: bool = True, focus_areas: bool = True) -> QtWidgets.QComboBox:
    """Focus areas, each with its initiatives indented below; data: (focus_area_id, initiative_id) or None."""
    combo = QtWidgets.QComboBox()
    combo.addItem(none_text, None)
    for c in choices:
        if c.initiative_id is None:
            label = c.title
            if not focus_areas:
                label = translate("Participation", "Focus area: %1").replace("%1", c.title)
            combo.addItem(label, (c.focus_area_id, None) if focus_areas else None)
            if not focus_areas:  # a heading only
                item = combo.model().item(combo.count() - 1)  # type: ignore[attr-defined]
                item.setEnabled(False)
        elif initiatives:
            combo.addItem("    " + c.title, (None, c.initiative_id))
    for i in range(combo.count()):
        data = combo.itemData(i)
        if data is not None and tuple(data) == current:
            combo.setCurrentIndex(i)
    return combo

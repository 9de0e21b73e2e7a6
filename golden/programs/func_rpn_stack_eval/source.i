# 1 "func_rpn_stack_eval.sy"
# 1 "<built-in>" 1
# 1 "<built-in>" 3
# 361 "<built-in>" 3
# 1 "<command line>" 1
# 1 "<built-in>" 2
# 1 "./sylib.h" 1



int getint(void);
int getch(void);
float getfloat(void);
int getarray(int a[]);
int getfarray(float a[]);
void putint(int a);
void putch(int a);
void putfloat(float a);
void putarray(int n, int a[]);
void putfarray(int n, float a[]);
void putf(char a[], ...);
void starttime(void);
void stoptime(void);
# 2 "<built-in>" 2
# 1 "func_rpn_stack_eval.sy" 2

int stack[64];
int sp = 0;

void push(int v) {
  stack[sp] = v;
  sp = sp + 1;
}

int pop() {
  sp = sp - 1;
  return stack[sp];
}

int apply(int op, int a, int b) {
  if (op == -1) return a + b;
  if (op == -2) return a - b;
  if (op == -3) return a * b;
  if (op == -4) {
    if (b == 0) return 0;
    return a / b;
  }
  if (b == 0) return 0;
  return a % b;
}

int main() {
  int exprs = getint();
  int total = 0;
  while (exprs > 0) {
    int tokens = getint();
    sp = 0;
    int bad = 0;
    while (tokens > 0) {
      int t = getint();
      if (t >= 0) {
        if (sp < 64) push(t); else bad = 1;
      } else {
        if (sp < 2) bad = 1;
        else {
          int b = pop();
          int a = pop();
          push(apply(t, a, b) % 100000);
        }
      }
      tokens = tokens - 1;
    }
    if (bad || sp != 1) putf("malformed\n");
    else {
      int v = pop();
      putint(v);
      putch(10);
      total = total + v;
    }
    exprs = exprs - 1;
  }
  return total % 256;
}

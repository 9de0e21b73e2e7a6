# 1 "func_ackermann_small.sy"
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
# 1 "func_ackermann_small.sy" 2

int calls;

int ack(int m, int n) {
  calls = calls + 1;
  if (m == 0) return n + 1;
  if (n == 0) return ack(m - 1, 1);
  return ack(m - 1, ack(m, n - 1));
}

int main() {
  int m = 0;
  int last = 0;
  while (m <= 3) {
    int n = 0;
    while (n <= 3) {
      calls = 0;
      last = ack(m, n);
      putf("A(%d,%d)=%d calls=%d\n", m, n, last, calls);
      n = n + 1;
    }
    m = m + 1;
  }
  return last;
}

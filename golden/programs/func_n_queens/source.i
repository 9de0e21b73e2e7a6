# 1 "func_n_queens.sy"
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
# 1 "func_n_queens.sy" 2

int col_used[8];
int diag1[15];
int diag2[15];
int pos[8];
int first[8];
int found_first = 0;

int place(int row, int n) {
  if (row == n) {
    if (!found_first && n == 8) {
      int i = 0;
      while (i < n) { first[i] = pos[i]; i = i + 1; }
      found_first = 1;
    }
    return 1;
  }
  int count = 0, c = 0;
  while (c < n) {
    if (!col_used[c] && !diag1[row + c] && !diag2[row - c + n - 1]) {
      col_used[c] = 1; diag1[row + c] = 1; diag2[row - c + n - 1] = 1;
      pos[row] = c;
      count = count + place(row + 1, n);
      col_used[c] = 0; diag1[row + c] = 0; diag2[row - c + n - 1] = 0;
    }
    c = c + 1;
  }
  return count;
}

int main() {
  int n = 1, total = 0;
  while (n <= 8) {
    int k = place(0, n);
    putf("N=%d solutions=%d\n", n, k);
    total = total + k;
    n = n + 1;
  }
  int r = 0;
  while (r < 8) {
    int c = 0;
    while (c < 8) {
      if (first[r] == c) putch(81); else putch(46);
      c = c + 1;
    }
    putch(10);
    r = r + 1;
  }
  return total;
}

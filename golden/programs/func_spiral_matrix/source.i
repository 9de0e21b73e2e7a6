# 1 "func_spiral_matrix.sy"
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
# 1 "func_spiral_matrix.sy" 2

int m[7][9];

int main() {
  int rows = 7, cols = 9;
  int top = 0, bottom = rows - 1, left = 0, right = cols - 1;
  int v = 1;
  while (top <= bottom && left <= right) {
    int c = left;
    while (c <= right) { m[top][c] = v; v = v + 1; c = c + 1; }
    top = top + 1;
    int r = top;
    while (r <= bottom) { m[r][right] = v; v = v + 1; r = r + 1; }
    right = right - 1;
    if (top <= bottom) {
      c = right;
      while (c >= left) { m[bottom][c] = v; v = v + 1; c = c - 1; }
      bottom = bottom - 1;
    }
    if (left <= right) {
      r = bottom;
      while (r >= top) { m[r][left] = v; v = v + 1; r = r - 1; }
      left = left + 1;
    }
  }
  int r = 0;
  while (r < rows) {
    int c = 0;
    while (c < cols) {
      if (m[r][c] < 10) putch(32);
      putint(m[r][c]);
      putch(32);
      c = c + 1;
    }
    putch(10);
    r = r + 1;
  }
  int d = 0, check = 0;
  while (d < rows + cols - 1) {
    r = 0;
    while (r < rows) {
      int c = d - r;
      if (c >= 0 && c < cols) check = (check * 7 + m[r][c]) % 9973;
      r = r + 1;
    }
    d = d + 1;
  }
  putint(check); putch(10);
  return check % 256;
}

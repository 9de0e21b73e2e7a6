# 1 "func_bfs_maze_path.sy"
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
# 1 "func_bfs_maze_path.sy" 2

int maze[9][9] = {
  {0, 0, 1, 0, 0, 0, 0, 0, 0},
  {1, 0, 1, 0, 1, 1, 1, 1, 0},
  {0, 0, 0, 0, 1, 0, 0, 0, 0},
  {0, 1, 1, 1, 1, 0, 1, 1, 1},
  {0, 0, 0, 0, 0, 0, 1, 0, 0},
  {1, 1, 1, 0, 1, 1, 1, 0, 1},
  {0, 0, 0, 0, 1, 0, 0, 0, 0},
  {0, 1, 1, 1, 1, 0, 1, 1, 0},
  {0, 0, 0, 0, 0, 0, 1, 0, 0}
};
int dist[9][9];
int prev[81];
int queue[81];
int dr[4] = {1, -1, 0, 0};
int dc[4] = {0, 0, 1, -1};

int main() {
  int r = 0;
  while (r < 9) {
    int c = 0;
    while (c < 9) { dist[r][c] = -1; c = c + 1; }
    r = r + 1;
  }
  int head = 0, tail = 0;
  queue[tail] = 0; tail = tail + 1;
  dist[0][0] = 0;
  prev[0] = -1;
  while (head < tail) {
    int cell = queue[head];
    head = head + 1;
    int cr = cell / 9, cc = cell % 9;
    int k = 0;
    while (k < 4) {
      int nr = cr + dr[k], nc = cc + dc[k];
      if (nr >= 0 && nr < 9 && nc >= 0 && nc < 9 && maze[nr][nc] == 0 && dist[nr][nc] < 0) {
        dist[nr][nc] = dist[cr][cc] + 1;
        prev[nr * 9 + nc] = cell;
        queue[tail] = nr * 9 + nc;
        tail = tail + 1;
      }
      k = k + 1;
    }
  }
  putf("visited=%d distance=%d\n", tail, dist[8][8]);
  int cell = 80;
  while (cell >= 0) {
    maze[cell / 9][cell % 9] = 2;
    cell = prev[cell];
  }
  r = 0;
  while (r < 9) {
    int c = 0;
    while (c < 9) {
      if (maze[r][c] == 1) putch(35);
      else if (maze[r][c] == 2) putch(42);
      else putch(46);
      c = c + 1;
    }
    putch(10);
    r = r + 1;
  }
  return dist[8][8];
}

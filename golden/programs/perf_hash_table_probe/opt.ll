; ModuleID = 'perf_hash_table_probe.sy'
source_filename = "perf_hash_table_probe.sy"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@state = dso_local local_unnamed_addr global [65536 x i32] zeroinitializer, align 16
@keys = dso_local local_unnamed_addr global [65536 x i32] zeroinitializer, align 16
@vals = dso_local local_unnamed_addr global [65536 x i32] zeroinitializer, align 16
@.str = private unnamed_addr constant [34 x i8] c"hits=%d sum=%d erased=%d used=%d\0A\00", align 1

; Function Attrs: mustprogress nofree norecurse nosync nounwind readnone uwtable willreturn
define dso_local i32 @hash(i32 noundef %0) local_unnamed_addr #0 {
  %2 = sdiv i32 %0, 65536
  %3 = mul nsw i32 %2, -61437
  %4 = add i32 %3, %0
  %5 = srem i32 %4, 65536
  ret i32 %5
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind readonly uwtable willreturn
define dso_local i32 @holds(i32 noundef %0, i32 noundef %1) local_unnamed_addr #1 {
  %3 = sext i32 %0 to i64
  %4 = getelementptr inbounds [65536 x i32], [65536 x i32]* @state, i64 0, i64 %3
  %5 = load i32, i32* %4, align 4, !tbaa !5
  %6 = icmp eq i32 %5, 1
  br i1 %6, label %7, label %12

7:                                                ; preds = %2
  %8 = getelementptr inbounds [65536 x i32], [65536 x i32]* @keys, i64 0, i64 %3
  %9 = load i32, i32* %8, align 4, !tbaa !5
  %10 = icmp eq i32 %9, %1
  %11 = zext i1 %10 to i32
  br label %12

12:                                               ; preds = %7, %2
  %13 = phi i32 [ 0, %2 ], [ %11, %7 ]
  ret i32 %13
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind readnone uwtable willreturn
define dso_local i32 @next_slot(i32 noundef %0) local_unnamed_addr #0 {
  %2 = add nsw i32 %0, 1
  %3 = icmp eq i32 %2, 65536
  %4 = select i1 %3, i32 0, i32 %2
  ret i32 %4
}

; Function Attrs: nofree norecurse nosync nounwind readonly uwtable
define dso_local i32 @find_slot(i32 noundef %0) local_unnamed_addr #2 {
  %2 = sdiv i32 %0, 65536
  %3 = mul nsw i32 %2, -61437
  %4 = add i32 %3, %0
  %5 = srem i32 %4, 65536
  br label %6

6:                                                ; preds = %15, %1
  %7 = phi i32 [ %5, %1 ], [ %18, %15 ]
  %8 = sext i32 %7 to i64
  %9 = getelementptr inbounds [65536 x i32], [65536 x i32]* @state, i64 0, i64 %8
  %10 = load i32, i32* %9, align 4, !tbaa !5
  switch i32 %10, label %15 [
    i32 0, label %19
    i32 1, label %11
  ]

11:                                               ; preds = %6
  %12 = getelementptr inbounds [65536 x i32], [65536 x i32]* @keys, i64 0, i64 %8
  %13 = load i32, i32* %12, align 4, !tbaa !5
  %14 = icmp eq i32 %13, %0
  br i1 %14, label %21, label %15

15:                                               ; preds = %6, %11
  %16 = add nsw i32 %7, 1
  %17 = icmp eq i32 %16, 65536
  %18 = select i1 %17, i32 0, i32 %16
  br label %6, !llvm.loop !9

19:                                               ; preds = %6
  %20 = xor i32 %7, -1
  br label %21

21:                                               ; preds = %11, %19
  %22 = phi i32 [ %20, %19 ], [ %7, %11 ]
  ret i32 %22
}

; Function Attrs: nofree norecurse nosync nounwind uwtable
define dso_local void @insert(i32 noundef %0, i32 noundef %1) local_unnamed_addr #3 {
  %3 = sdiv i32 %0, 65536
  %4 = mul nsw i32 %3, -61437
  %5 = add i32 %4, %0
  %6 = srem i32 %5, 65536
  br label %7

7:                                                ; preds = %16, %2
  %8 = phi i32 [ %6, %2 ], [ %19, %16 ]
  %9 = sext i32 %8 to i64
  %10 = getelementptr inbounds [65536 x i32], [65536 x i32]* @state, i64 0, i64 %9
  %11 = load i32, i32* %10, align 4, !tbaa !5
  switch i32 %11, label %16 [
    i32 0, label %20
    i32 1, label %12
  ]

12:                                               ; preds = %7
  %13 = getelementptr inbounds [65536 x i32], [65536 x i32]* @keys, i64 0, i64 %9
  %14 = load i32, i32* %13, align 4, !tbaa !5
  %15 = icmp eq i32 %14, %0
  br i1 %15, label %22, label %16

16:                                               ; preds = %12, %7
  %17 = add nsw i32 %8, 1
  %18 = icmp eq i32 %17, 65536
  %19 = select i1 %18, i32 0, i32 %17
  br label %7, !llvm.loop !9

20:                                               ; preds = %7
  %21 = xor i32 %8, -1
  br label %22

22:                                               ; preds = %12, %20
  %23 = phi i32 [ %21, %20 ], [ %8, %12 ]
  %24 = icmp sgt i32 %23, -1
  br i1 %24, label %25, label %30

25:                                               ; preds = %22
  %26 = zext i32 %23 to i64
  %27 = getelementptr inbounds [65536 x i32], [65536 x i32]* @vals, i64 0, i64 %26
  %28 = load i32, i32* %27, align 4, !tbaa !5
  %29 = add nsw i32 %28, %1
  store i32 %29, i32* %27, align 4, !tbaa !5
  br label %36

30:                                               ; preds = %22
  %31 = xor i32 %23, -1
  %32 = zext i32 %31 to i64
  %33 = getelementptr inbounds [65536 x i32], [65536 x i32]* @state, i64 0, i64 %32
  store i32 1, i32* %33, align 4, !tbaa !5
  %34 = getelementptr inbounds [65536 x i32], [65536 x i32]* @keys, i64 0, i64 %32
  store i32 %0, i32* %34, align 4, !tbaa !5
  %35 = getelementptr inbounds [65536 x i32], [65536 x i32]* @vals, i64 0, i64 %32
  store i32 %1, i32* %35, align 4, !tbaa !5
  br label %36

36:                                               ; preds = %30, %25
  ret void
}

; Function Attrs: nofree norecurse nosync nounwind readonly uwtable
define dso_local i32 @lookup(i32 noundef %0) local_unnamed_addr #2 {
  %2 = sdiv i32 %0, 65536
  %3 = mul nsw i32 %2, -61437
  %4 = add i32 %3, %0
  %5 = srem i32 %4, 65536
  br label %6

6:                                                ; preds = %15, %1
  %7 = phi i32 [ %5, %1 ], [ %18, %15 ]
  %8 = sext i32 %7 to i64
  %9 = getelementptr inbounds [65536 x i32], [65536 x i32]* @state, i64 0, i64 %8
  %10 = load i32, i32* %9, align 4, !tbaa !5
  switch i32 %10, label %15 [
    i32 0, label %19
    i32 1, label %11
  ]

11:                                               ; preds = %6
  %12 = getelementptr inbounds [65536 x i32], [65536 x i32]* @keys, i64 0, i64 %8
  %13 = load i32, i32* %12, align 4, !tbaa !5
  %14 = icmp eq i32 %13, %0
  br i1 %14, label %21, label %15

15:                                               ; preds = %11, %6
  %16 = add nsw i32 %7, 1
  %17 = icmp eq i32 %16, 65536
  %18 = select i1 %17, i32 0, i32 %16
  br label %6, !llvm.loop !9

19:                                               ; preds = %6
  %20 = xor i32 %7, -1
  br label %21

21:                                               ; preds = %11, %19
  %22 = phi i32 [ %20, %19 ], [ %7, %11 ]
  %23 = icmp sgt i32 %22, -1
  br i1 %23, label %24, label %28

24:                                               ; preds = %21
  %25 = zext i32 %22 to i64
  %26 = getelementptr inbounds [65536 x i32], [65536 x i32]* @vals, i64 0, i64 %25
  %27 = load i32, i32* %26, align 4, !tbaa !5
  br label %28

28:                                               ; preds = %21, %24
  %29 = phi i32 [ %27, %24 ], [ 0, %21 ]
  ret i32 %29
}

; Function Attrs: nofree norecurse nosync nounwind uwtable
define dso_local i32 @erase(i32 noundef %0) local_unnamed_addr #3 {
  %2 = sdiv i32 %0, 65536
  %3 = mul nsw i32 %2, -61437
  %4 = add i32 %3, %0
  %5 = srem i32 %4, 65536
  br label %6

6:                                                ; preds = %15, %1
  %7 = phi i32 [ %5, %1 ], [ %18, %15 ]
  %8 = sext i32 %7 to i64
  %9 = getelementptr inbounds [65536 x i32], [65536 x i32]* @state, i64 0, i64 %8
  %10 = load i32, i32* %9, align 4, !tbaa !5
  switch i32 %10, label %15 [
    i32 0, label %19
    i32 1, label %11
  ]

11:                                               ; preds = %6
  %12 = getelementptr inbounds [65536 x i32], [65536 x i32]* @keys, i64 0, i64 %8
  %13 = load i32, i32* %12, align 4, !tbaa !5
  %14 = icmp eq i32 %13, %0
  br i1 %14, label %21, label %15

15:                                               ; preds = %11, %6
  %16 = add nsw i32 %7, 1
  %17 = icmp eq i32 %16, 65536
  %18 = select i1 %17, i32 0, i32 %16
  br label %6, !llvm.loop !9

19:                                               ; preds = %6
  %20 = xor i32 %7, -1
  br label %21

21:                                               ; preds = %11, %19
  %22 = phi i32 [ %20, %19 ], [ %7, %11 ]
  %23 = icmp slt i32 %22, 0
  br i1 %23, label %27, label %24

24:                                               ; preds = %21
  %25 = zext i32 %22 to i64
  %26 = getelementptr inbounds [65536 x i32], [65536 x i32]* @state, i64 0, i64 %25
  store i32 2, i32* %26, align 4, !tbaa !5
  br label %27

27:                                               ; preds = %21, %24
  %28 = phi i32 [ 1, %24 ], [ 0, %21 ]
  ret i32 %28
}

; Function Attrs: nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #4 {
  %1 = tail call i32 @getint() #6
  %2 = tail call i32 @getint() #6
  tail call void @starttime() #6
  %3 = icmp sgt i32 %1, 0
  br i1 %3, label %5, label %52

4:                                                ; preds = %49
  br i1 %3, label %56, label %52

5:                                                ; preds = %0, %49
  %6 = phi i32 [ %50, %49 ], [ 0, %0 ]
  %7 = phi i32 [ %10, %49 ], [ %2, %0 ]
  %8 = mul nsw i32 %7, 1103
  %9 = add nsw i32 %8, 12345
  %10 = srem i32 %9, 1000003
  %11 = srem i32 %10, 140000
  %12 = mul nsw i32 %11, 7
  %13 = add nsw i32 %12, 3
  %14 = urem i32 %6, 100
  %15 = add nuw nsw i32 %14, 1
  %16 = sdiv i32 %13, 65536
  %17 = mul nsw i32 %16, -61437
  %18 = add nsw i32 %17, %13
  %19 = srem i32 %18, 65536
  br label %20

20:                                               ; preds = %29, %5
  %21 = phi i32 [ %19, %5 ], [ %32, %29 ]
  %22 = sext i32 %21 to i64
  %23 = getelementptr inbounds [65536 x i32], [65536 x i32]* @state, i64 0, i64 %22
  %24 = load i32, i32* %23, align 4, !tbaa !5
  switch i32 %24, label %29 [
    i32 0, label %33
    i32 1, label %25
  ]

25:                                               ; preds = %20
  %26 = getelementptr inbounds [65536 x i32], [65536 x i32]* @keys, i64 0, i64 %22
  %27 = load i32, i32* %26, align 4, !tbaa !5
  %28 = icmp eq i32 %27, %13
  br i1 %28, label %35, label %29

29:                                               ; preds = %25, %20
  %30 = add nsw i32 %21, 1
  %31 = icmp eq i32 %30, 65536
  %32 = select i1 %31, i32 0, i32 %30
  br label %20, !llvm.loop !9

33:                                               ; preds = %20
  %34 = xor i32 %21, -1
  br label %35

35:                                               ; preds = %25, %33
  %36 = phi i32 [ %34, %33 ], [ %21, %25 ]
  %37 = icmp sgt i32 %36, -1
  br i1 %37, label %38, label %43

38:                                               ; preds = %35
  %39 = zext i32 %36 to i64
  %40 = getelementptr inbounds [65536 x i32], [65536 x i32]* @vals, i64 0, i64 %39
  %41 = load i32, i32* %40, align 4, !tbaa !5
  %42 = add nsw i32 %41, %15
  store i32 %42, i32* %40, align 4, !tbaa !5
  br label %49

43:                                               ; preds = %35
  %44 = xor i32 %36, -1
  %45 = zext i32 %44 to i64
  %46 = getelementptr inbounds [65536 x i32], [65536 x i32]* @state, i64 0, i64 %45
  store i32 1, i32* %46, align 4, !tbaa !5
  %47 = getelementptr inbounds [65536 x i32], [65536 x i32]* @keys, i64 0, i64 %45
  store i32 %13, i32* %47, align 4, !tbaa !5
  %48 = getelementptr inbounds [65536 x i32], [65536 x i32]* @vals, i64 0, i64 %45
  store i32 %15, i32* %48, align 4, !tbaa !5
  br label %49

49:                                               ; preds = %38, %43
  %50 = add nuw nsw i32 %6, 1
  %51 = icmp eq i32 %50, %1
  br i1 %51, label %4, label %5, !llvm.loop !11

52:                                               ; preds = %127, %0, %4
  %53 = phi i32 [ 0, %4 ], [ 0, %0 ], [ %98, %127 ]
  %54 = phi i32 [ 0, %4 ], [ 0, %0 ], [ %100, %127 ]
  %55 = phi i32 [ 0, %4 ], [ 0, %0 ], [ %128, %127 ]
  br label %131

56:                                               ; preds = %4, %127
  %57 = phi i32 [ %129, %127 ], [ 0, %4 ]
  %58 = phi i32 [ %64, %127 ], [ %2, %4 ]
  %59 = phi i32 [ %128, %127 ], [ 0, %4 ]
  %60 = phi i32 [ %100, %127 ], [ 0, %4 ]
  %61 = phi i32 [ %98, %127 ], [ 0, %4 ]
  %62 = mul nsw i32 %58, 8121
  %63 = add nsw i32 %62, 28411
  %64 = srem i32 %63, 134456
  %65 = mul nsw i32 %64, 7
  %66 = add nsw i32 %65, 3
  %67 = sdiv i32 %66, 65536
  %68 = mul nsw i32 %67, -61437
  %69 = add nsw i32 %68, %66
  %70 = srem i32 %69, 65536
  br label %71

71:                                               ; preds = %80, %56
  %72 = phi i32 [ %70, %56 ], [ %83, %80 ]
  %73 = sext i32 %72 to i64
  %74 = getelementptr inbounds [65536 x i32], [65536 x i32]* @state, i64 0, i64 %73
  %75 = load i32, i32* %74, align 4, !tbaa !5
  switch i32 %75, label %80 [
    i32 0, label %84
    i32 1, label %76
  ]

76:                                               ; preds = %71
  %77 = getelementptr inbounds [65536 x i32], [65536 x i32]* @keys, i64 0, i64 %73
  %78 = load i32, i32* %77, align 4, !tbaa !5
  %79 = icmp eq i32 %78, %66
  br i1 %79, label %86, label %80

80:                                               ; preds = %76, %71
  %81 = add nsw i32 %72, 1
  %82 = icmp eq i32 %81, 65536
  %83 = select i1 %82, i32 0, i32 %81
  br label %71, !llvm.loop !9

84:                                               ; preds = %71
  %85 = xor i32 %72, -1
  br label %86

86:                                               ; preds = %76, %84
  %87 = phi i32 [ %85, %84 ], [ %72, %76 ]
  %88 = icmp sgt i32 %87, -1
  br i1 %88, label %89, label %96

89:                                               ; preds = %86
  %90 = zext i32 %87 to i64
  %91 = getelementptr inbounds [65536 x i32], [65536 x i32]* @vals, i64 0, i64 %90
  %92 = load i32, i32* %91, align 4, !tbaa !5
  %93 = icmp sgt i32 %92, 0
  %94 = zext i1 %93 to i32
  %95 = add nsw i32 %61, %94
  br label %96

96:                                               ; preds = %89, %86
  %97 = phi i32 [ 0, %86 ], [ %92, %89 ]
  %98 = phi i32 [ %61, %86 ], [ %95, %89 ]
  %99 = add nsw i32 %97, %60
  %100 = srem i32 %99, 1000007
  %101 = urem i32 %57, 3
  %102 = icmp eq i32 %101, 0
  br i1 %102, label %103, label %127

103:                                              ; preds = %96, %112
  %104 = phi i32 [ %115, %112 ], [ %70, %96 ]
  %105 = sext i32 %104 to i64
  %106 = getelementptr inbounds [65536 x i32], [65536 x i32]* @state, i64 0, i64 %105
  %107 = load i32, i32* %106, align 4, !tbaa !5
  switch i32 %107, label %112 [
    i32 0, label %116
    i32 1, label %108
  ]

108:                                              ; preds = %103
  %109 = getelementptr inbounds [65536 x i32], [65536 x i32]* @keys, i64 0, i64 %105
  %110 = load i32, i32* %109, align 4, !tbaa !5
  %111 = icmp eq i32 %110, %66
  br i1 %111, label %118, label %112

112:                                              ; preds = %108, %103
  %113 = add nsw i32 %104, 1
  %114 = icmp eq i32 %113, 65536
  %115 = select i1 %114, i32 0, i32 %113
  br label %103, !llvm.loop !9

116:                                              ; preds = %103
  %117 = xor i32 %104, -1
  br label %118

118:                                              ; preds = %108, %116
  %119 = phi i32 [ %117, %116 ], [ %104, %108 ]
  %120 = icmp slt i32 %119, 0
  br i1 %120, label %124, label %121

121:                                              ; preds = %118
  %122 = zext i32 %119 to i64
  %123 = getelementptr inbounds [65536 x i32], [65536 x i32]* @state, i64 0, i64 %122
  store i32 2, i32* %123, align 4, !tbaa !5
  br label %124

124:                                              ; preds = %118, %121
  %125 = phi i32 [ 1, %121 ], [ 0, %118 ]
  %126 = add nsw i32 %125, %59
  br label %127

127:                                              ; preds = %124, %96
  %128 = phi i32 [ %126, %124 ], [ %59, %96 ]
  %129 = add nuw nsw i32 %57, 1
  %130 = icmp eq i32 %129, %1
  br i1 %130, label %52, label %56, !llvm.loop !12

131:                                              ; preds = %131, %52
  %132 = phi i64 [ 0, %52 ], [ %157, %131 ]
  %133 = phi i32 [ 0, %52 ], [ %156, %131 ]
  %134 = getelementptr inbounds [65536 x i32], [65536 x i32]* @state, i64 0, i64 %132
  %135 = load i32, i32* %134, align 16, !tbaa !5
  %136 = icmp eq i32 %135, 1
  %137 = zext i1 %136 to i32
  %138 = add nuw nsw i32 %133, %137
  %139 = or i64 %132, 1
  %140 = getelementptr inbounds [65536 x i32], [65536 x i32]* @state, i64 0, i64 %139
  %141 = load i32, i32* %140, align 4, !tbaa !5
  %142 = icmp eq i32 %141, 1
  %143 = zext i1 %142 to i32
  %144 = add nuw nsw i32 %138, %143
  %145 = or i64 %132, 2
  %146 = getelementptr inbounds [65536 x i32], [65536 x i32]* @state, i64 0, i64 %145
  %147 = load i32, i32* %146, align 8, !tbaa !5
  %148 = icmp eq i32 %147, 1
  %149 = zext i1 %148 to i32
  %150 = add nuw nsw i32 %144, %149
  %151 = or i64 %132, 3
  %152 = getelementptr inbounds [65536 x i32], [65536 x i32]* @state, i64 0, i64 %151
  %153 = load i32, i32* %152, align 4, !tbaa !5
  %154 = icmp eq i32 %153, 1
  %155 = zext i1 %154 to i32
  %156 = add nuw nsw i32 %150, %155
  %157 = add nuw nsw i64 %132, 4
  %158 = icmp eq i64 %157, 65536
  br i1 %158, label %159, label %131, !llvm.loop !13

159:                                              ; preds = %131
  tail call void @stoptime() #6
  tail call void (i8*, ...) @putf(i8* noundef getelementptr inbounds ([34 x i8], [34 x i8]* @.str, i64 0, i64 0), i32 noundef %53, i32 noundef %54, i32 noundef %55, i32 noundef %156) #6
  %160 = and i32 %156, 255
  ret i32 %160
}

declare i32 @getint() local_unnamed_addr #5

declare void @starttime() local_unnamed_addr #5

declare void @stoptime() local_unnamed_addr #5

declare void @putf(i8* noundef, ...) local_unnamed_addr #5

attributes #0 = { mustprogress nofree norecurse nosync nounwind readnone uwtable willreturn "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nofree norecurse nosync nounwind readonly uwtable willreturn "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nofree norecurse nosync nounwind readonly uwtable "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nofree norecurse nosync nounwind uwtable "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nounwind uwtable "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { "frame-pointer"="none" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { nounwind }

!llvm.module.flags = !{!0, !1, !2, !3}
!llvm.ident = !{!4}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 7, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 1}
!4 = !{!"Debian clang version 14.0.6"}
!5 = !{!6, !6, i64 0}
!6 = !{!"int", !7, i64 0}
!7 = !{!"omnipotent char", !8, i64 0}
!8 = !{!"Simple C/C++ TBAA"}
!9 = distinct !{!9, !10}
!10 = !{!"llvm.loop.mustprogress"}
!11 = distinct !{!11, !10}
!12 = distinct !{!12, !10}
!13 = distinct !{!13, !10}

; ModuleID = 'func_const_lookup_tables.sy'
source_filename = "func_const_lookup_tables.sy"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@MONTHS = dso_local local_unnamed_addr constant i32 12, align 4
@DAYS = dso_local local_unnamed_addr constant [12 x i32] [i32 31, i32 28, i32 31, i32 30, i32 31, i32 30, i32 31, i32 31, i32 30, i32 31, i32 30, i32 31], align 16
@NEG_HALF = dso_local local_unnamed_addr constant i32 -3, align 4
@NEG_REM = dso_local local_unnamed_addr constant i32 -1, align 4
@REM_NEG = dso_local local_unnamed_addr constant i32 1, align 4
@W = dso_local local_unnamed_addr constant i32 6, align 4
@H = dso_local local_unnamed_addr constant i32 3, align 4
@KEYS = dso_local local_unnamed_addr constant [3 x [6 x i32]] [[6 x i32] [i32 1, i32 2, i32 3, i32 0, i32 0, i32 0], [6 x i32] [i32 4, i32 5, i32 6, i32 7, i32 8, i32 9], [6 x i32] [i32 -1, i32 0, i32 0, i32 0, i32 0, i32 0]], align 16
@SQUARES = dso_local local_unnamed_addr constant [10 x i32] [i32 0, i32 1, i32 4, i32 9, i32 16, i32 25, i32 36, i32 49, i32 64, i32 81], align 16
@.str = private unnamed_addr constant [23 x i8] c"consts %d %d %d %d %d\0A\00", align 1
@histogram = dso_local global [5 x i32] zeroinitializer, align 16
@.str.1 = private unnamed_addr constant [29 x i8] c"happy numbers up to 100: %d\0A\00", align 1

; Function Attrs: nofree norecurse nosync nounwind readnone uwtable
define dso_local i32 @day_of_year(i32 noundef %0, i32 noundef %1) local_unnamed_addr #0 {
  %3 = icmp sgt i32 %0, 1
  br i1 %3, label %4, label %49

4:                                                ; preds = %2
  %5 = add nsw i32 %0, -1
  %6 = zext i32 %5 to i64
  %7 = add nsw i64 %6, -1
  %8 = and i64 %6, 3
  %9 = icmp ult i64 %7, 3
  br i1 %9, label %34, label %10

10:                                               ; preds = %4
  %11 = and i64 %6, 4294967292
  br label %12

12:                                               ; preds = %12, %10
  %13 = phi i64 [ 0, %10 ], [ %31, %12 ]
  %14 = phi i32 [ 0, %10 ], [ %30, %12 ]
  %15 = phi i64 [ 0, %10 ], [ %32, %12 ]
  %16 = getelementptr inbounds [12 x i32], [12 x i32]* @DAYS, i64 0, i64 %13
  %17 = load i32, i32* %16, align 16, !tbaa !5
  %18 = add nsw i32 %17, %14
  %19 = or i64 %13, 1
  %20 = getelementptr inbounds [12 x i32], [12 x i32]* @DAYS, i64 0, i64 %19
  %21 = load i32, i32* %20, align 4, !tbaa !5
  %22 = add nsw i32 %21, %18
  %23 = or i64 %13, 2
  %24 = getelementptr inbounds [12 x i32], [12 x i32]* @DAYS, i64 0, i64 %23
  %25 = load i32, i32* %24, align 8, !tbaa !5
  %26 = add nsw i32 %25, %22
  %27 = or i64 %13, 3
  %28 = getelementptr inbounds [12 x i32], [12 x i32]* @DAYS, i64 0, i64 %27
  %29 = load i32, i32* %28, align 4, !tbaa !5
  %30 = add nsw i32 %29, %26
  %31 = add nuw nsw i64 %13, 4
  %32 = add i64 %15, 4
  %33 = icmp eq i64 %32, %11
  br i1 %33, label %34, label %12, !llvm.loop !9

34:                                               ; preds = %12, %4
  %35 = phi i32 [ undef, %4 ], [ %30, %12 ]
  %36 = phi i64 [ 0, %4 ], [ %31, %12 ]
  %37 = phi i32 [ 0, %4 ], [ %30, %12 ]
  %38 = icmp eq i64 %8, 0
  br i1 %38, label %49, label %39

39:                                               ; preds = %34, %39
  %40 = phi i64 [ %46, %39 ], [ %36, %34 ]
  %41 = phi i32 [ %45, %39 ], [ %37, %34 ]
  %42 = phi i64 [ %47, %39 ], [ 0, %34 ]
  %43 = getelementptr inbounds [12 x i32], [12 x i32]* @DAYS, i64 0, i64 %40
  %44 = load i32, i32* %43, align 4, !tbaa !5
  %45 = add nsw i32 %44, %41
  %46 = add nuw nsw i64 %40, 1
  %47 = add i64 %42, 1
  %48 = icmp eq i64 %47, %8
  br i1 %48, label %49, label %39, !llvm.loop !11

49:                                               ; preds = %34, %39, %2
  %50 = phi i32 [ 0, %2 ], [ %35, %34 ], [ %45, %39 ]
  %51 = add nsw i32 %50, %1
  ret i32 %51
}

; Function Attrs: nofree norecurse nosync nounwind readnone uwtable
define dso_local i32 @digit_square_sum(i32 noundef %0) local_unnamed_addr #0 {
  %2 = icmp sgt i32 %0, 0
  br i1 %2, label %3, label %13

3:                                                ; preds = %1, %3
  %4 = phi i32 [ %10, %3 ], [ 0, %1 ]
  %5 = phi i32 [ %11, %3 ], [ %0, %1 ]
  %6 = urem i32 %5, 10
  %7 = zext i32 %6 to i64
  %8 = getelementptr inbounds [10 x i32], [10 x i32]* @SQUARES, i64 0, i64 %7
  %9 = load i32, i32* %8, align 4, !tbaa !5
  %10 = add nsw i32 %9, %4
  %11 = udiv i32 %5, 10
  %12 = icmp ult i32 %5, 10
  br i1 %12, label %13, label %3, !llvm.loop !13

13:                                               ; preds = %3, %1
  %14 = phi i32 [ 0, %1 ], [ %10, %3 ]
  ret i32 %14
}

; Function Attrs: nofree norecurse nosync nounwind readnone uwtable
define dso_local i32 @happy(i32 noundef %0) local_unnamed_addr #0 {
  br label %2

2:                                                ; preds = %20, %1
  %3 = phi i32 [ 0, %1 ], [ %21, %20 ]
  %4 = phi i32 [ %0, %1 ], [ %22, %20 ]
  switch i32 %4, label %5 [
    i32 1, label %29
    i32 4, label %28
  ]

5:                                                ; preds = %2
  %6 = icmp sgt i32 %4, 0
  br i1 %6, label %7, label %23

7:                                                ; preds = %5, %7
  %8 = phi i32 [ %14, %7 ], [ 0, %5 ]
  %9 = phi i32 [ %15, %7 ], [ %4, %5 ]
  %10 = urem i32 %9, 10
  %11 = zext i32 %10 to i64
  %12 = getelementptr inbounds [10 x i32], [10 x i32]* @SQUARES, i64 0, i64 %11
  %13 = load i32, i32* %12, align 4, !tbaa !5
  %14 = add nsw i32 %13, %8
  %15 = udiv i32 %9, 10
  %16 = icmp ult i32 %9, 10
  br i1 %16, label %17, label %7, !llvm.loop !13

17:                                               ; preds = %7
  %18 = add nuw nsw i32 %3, 1
  %19 = icmp eq i32 %18, 50
  br i1 %19, label %26, label %20

20:                                               ; preds = %17, %23
  %21 = phi i32 [ %18, %17 ], [ %24, %23 ]
  %22 = phi i32 [ %14, %17 ], [ 0, %23 ]
  br label %2, !llvm.loop !14

23:                                               ; preds = %5
  %24 = add nuw nsw i32 %3, 1
  %25 = icmp eq i32 %24, 50
  br i1 %25, label %28, label %20

26:                                               ; preds = %17
  %27 = icmp eq i32 %14, 1
  br i1 %27, label %29, label %28

28:                                               ; preds = %23, %2, %26
  br label %29

29:                                               ; preds = %2, %26, %28
  %30 = phi i32 [ 0, %28 ], [ 1, %26 ], [ %4, %2 ]
  ret i32 %30
}

; Function Attrs: nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #1 {
  tail call void (i8*, ...) @putf(i8* noundef getelementptr inbounds ([23 x i8], [23 x i8]* @.str, i64 0, i64 0), i32 noundef -3, i32 noundef -1, i32 noundef 1, i32 noundef 6, i32 noundef 3) #3
  tail call void @putint(i32 noundef 60) #3
  tail call void @putch(i32 noundef 32) #3
  tail call void @putint(i32 noundef 365) #3
  tail call void @putch(i32 noundef 32) #3
  tail call void @putint(i32 noundef 185) #3
  tail call void @putch(i32 noundef 10) #3
  br label %1

1:                                                ; preds = %0, %1
  %2 = phi i64 [ 0, %0 ], [ %73, %1 ]
  %3 = getelementptr inbounds [3 x [6 x i32]], [3 x [6 x i32]]* @KEYS, i64 0, i64 %2, i64 0
  %4 = load i32, i32* %3, align 8, !tbaa !5
  %5 = srem i32 %4, 5
  %6 = trunc i32 %5 to i8
  %7 = add nsw i8 %6, 5
  %8 = urem i8 %7, 5
  %9 = zext i8 %8 to i64
  %10 = getelementptr inbounds [5 x i32], [5 x i32]* @histogram, i64 0, i64 %9
  %11 = load i32, i32* %10, align 4, !tbaa !5
  %12 = add nsw i32 %11, 1
  store i32 %12, i32* %10, align 4, !tbaa !5
  %13 = mul nsw i32 %4, 3
  %14 = getelementptr inbounds [3 x [6 x i32]], [3 x [6 x i32]]* @KEYS, i64 0, i64 %2, i64 1
  %15 = load i32, i32* %14, align 4, !tbaa !5
  %16 = add nsw i32 %15, %13
  %17 = srem i32 %15, 5
  %18 = trunc i32 %17 to i8
  %19 = add nsw i8 %18, 5
  %20 = urem i8 %19, 5
  %21 = zext i8 %20 to i64
  %22 = getelementptr inbounds [5 x i32], [5 x i32]* @histogram, i64 0, i64 %21
  %23 = load i32, i32* %22, align 4, !tbaa !5
  %24 = add nsw i32 %23, 1
  store i32 %24, i32* %22, align 4, !tbaa !5
  %25 = mul nsw i32 %16, 3
  %26 = getelementptr inbounds [3 x [6 x i32]], [3 x [6 x i32]]* @KEYS, i64 0, i64 %2, i64 2
  %27 = load i32, i32* %26, align 8, !tbaa !5
  %28 = add nsw i32 %27, %25
  %29 = srem i32 %27, 5
  %30 = trunc i32 %29 to i8
  %31 = add nsw i8 %30, 5
  %32 = urem i8 %31, 5
  %33 = zext i8 %32 to i64
  %34 = getelementptr inbounds [5 x i32], [5 x i32]* @histogram, i64 0, i64 %33
  %35 = load i32, i32* %34, align 4, !tbaa !5
  %36 = add nsw i32 %35, 1
  store i32 %36, i32* %34, align 4, !tbaa !5
  %37 = mul nsw i32 %28, 3
  %38 = getelementptr inbounds [3 x [6 x i32]], [3 x [6 x i32]]* @KEYS, i64 0, i64 %2, i64 3
  %39 = load i32, i32* %38, align 4, !tbaa !5
  %40 = add nsw i32 %39, %37
  %41 = srem i32 %39, 5
  %42 = trunc i32 %41 to i8
  %43 = add nsw i8 %42, 5
  %44 = urem i8 %43, 5
  %45 = zext i8 %44 to i64
  %46 = getelementptr inbounds [5 x i32], [5 x i32]* @histogram, i64 0, i64 %45
  %47 = load i32, i32* %46, align 4, !tbaa !5
  %48 = add nsw i32 %47, 1
  store i32 %48, i32* %46, align 4, !tbaa !5
  %49 = mul nsw i32 %40, 3
  %50 = getelementptr inbounds [3 x [6 x i32]], [3 x [6 x i32]]* @KEYS, i64 0, i64 %2, i64 4
  %51 = load i32, i32* %50, align 8, !tbaa !5
  %52 = add nsw i32 %51, %49
  %53 = srem i32 %51, 5
  %54 = trunc i32 %53 to i8
  %55 = add nsw i8 %54, 5
  %56 = urem i8 %55, 5
  %57 = zext i8 %56 to i64
  %58 = getelementptr inbounds [5 x i32], [5 x i32]* @histogram, i64 0, i64 %57
  %59 = load i32, i32* %58, align 4, !tbaa !5
  %60 = add nsw i32 %59, 1
  store i32 %60, i32* %58, align 4, !tbaa !5
  %61 = mul nsw i32 %52, 3
  %62 = getelementptr inbounds [3 x [6 x i32]], [3 x [6 x i32]]* @KEYS, i64 0, i64 %2, i64 5
  %63 = load i32, i32* %62, align 4, !tbaa !5
  %64 = add nsw i32 %63, %61
  %65 = srem i32 %63, 5
  %66 = trunc i32 %65 to i8
  %67 = add nsw i8 %66, 5
  %68 = urem i8 %67, 5
  %69 = zext i8 %68 to i64
  %70 = getelementptr inbounds [5 x i32], [5 x i32]* @histogram, i64 0, i64 %69
  %71 = load i32, i32* %70, align 4, !tbaa !5
  %72 = add nsw i32 %71, 1
  store i32 %72, i32* %70, align 4, !tbaa !5
  tail call void @putint(i32 noundef %64) #3
  tail call void @putch(i32 noundef 32) #3
  %73 = add nuw nsw i64 %2, 1
  %74 = icmp eq i64 %73, 3
  br i1 %74, label %75, label %1, !llvm.loop !15

75:                                               ; preds = %1
  tail call void @putch(i32 noundef 10) #3
  tail call void @putarray(i32 noundef 5, i32* noundef getelementptr inbounds ([5 x i32], [5 x i32]* @histogram, i64 0, i64 0)) #3
  br label %76

76:                                               ; preds = %75, %107
  %77 = phi i32 [ 1, %75 ], [ %109, %107 ]
  %78 = phi i32 [ 0, %75 ], [ %108, %107 ]
  br label %79

79:                                               ; preds = %100, %76
  %80 = phi i32 [ 0, %76 ], [ %101, %100 ]
  %81 = phi i32 [ %77, %76 ], [ %102, %100 ]
  switch i32 %81, label %82 [
    i32 1, label %105
    i32 4, label %107
  ]

82:                                               ; preds = %79
  %83 = icmp sgt i32 %81, 0
  br i1 %83, label %84, label %97

84:                                               ; preds = %82, %84
  %85 = phi i32 [ %91, %84 ], [ 0, %82 ]
  %86 = phi i32 [ %92, %84 ], [ %81, %82 ]
  %87 = urem i32 %86, 10
  %88 = zext i32 %87 to i64
  %89 = getelementptr inbounds [10 x i32], [10 x i32]* @SQUARES, i64 0, i64 %88
  %90 = load i32, i32* %89, align 4, !tbaa !5
  %91 = add nsw i32 %90, %85
  %92 = udiv i32 %86, 10
  %93 = icmp ult i32 %86, 10
  br i1 %93, label %94, label %84, !llvm.loop !13

94:                                               ; preds = %84
  %95 = add nuw nsw i32 %80, 1
  %96 = icmp eq i32 %95, 50
  br i1 %96, label %103, label %100

97:                                               ; preds = %82
  %98 = add nuw nsw i32 %80, 1
  %99 = icmp eq i32 %98, 50
  br i1 %99, label %107, label %100

100:                                              ; preds = %97, %94
  %101 = phi i32 [ %95, %94 ], [ %98, %97 ]
  %102 = phi i32 [ %91, %94 ], [ 0, %97 ]
  br label %79, !llvm.loop !14

103:                                              ; preds = %94
  %104 = icmp eq i32 %91, 1
  br i1 %104, label %105, label %107

105:                                              ; preds = %79, %103
  %106 = add nsw i32 %78, 1
  br label %107

107:                                              ; preds = %79, %97, %103, %105
  %108 = phi i32 [ %106, %105 ], [ %78, %103 ], [ %78, %97 ], [ %78, %79 ]
  %109 = add nuw nsw i32 %77, 1
  %110 = icmp eq i32 %109, 101
  br i1 %110, label %111, label %76, !llvm.loop !16

111:                                              ; preds = %107
  tail call void (i8*, ...) @putf(i8* noundef getelementptr inbounds ([29 x i8], [29 x i8]* @.str.1, i64 0, i64 0), i32 noundef %108) #3
  %112 = add nsw i32 %108, 28
  ret i32 %112
}

declare void @putf(i8* noundef, ...) local_unnamed_addr #2

declare void @putint(i32 noundef) local_unnamed_addr #2

declare void @putch(i32 noundef) local_unnamed_addr #2

declare void @putarray(i32 noundef, i32* noundef) local_unnamed_addr #2

attributes #0 = { nofree norecurse nosync nounwind readnone uwtable "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nounwind uwtable "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { "frame-pointer"="none" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nounwind }

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
!11 = distinct !{!11, !12}
!12 = !{!"llvm.loop.unroll.disable"}
!13 = distinct !{!13, !10}
!14 = distinct !{!14, !10}
!15 = distinct !{!15, !10}
!16 = distinct !{!16, !10}

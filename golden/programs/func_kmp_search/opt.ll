; ModuleID = 'func_kmp_search.sy'
source_filename = "func_kmp_search.sy"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@fail = dso_local local_unnamed_addr global [32 x i32] zeroinitializer, align 16
@pat = dso_local local_unnamed_addr global [32 x i32] zeroinitializer, align 16
@text = dso_local local_unnamed_addr global [512 x i32] zeroinitializer, align 16
@.str = private unnamed_addr constant [10 x i8] c" first=%d\00", align 1
@.str.1 = private unnamed_addr constant [7 x i8] c"len=%d\00", align 1
@.str.2 = private unnamed_addr constant [11 x i8] c" count=%d\0A\00", align 1

; Function Attrs: nofree norecurse nosync nounwind uwtable
define dso_local i32 @build_fail(i32 noundef %0) local_unnamed_addr #0 {
  store i32 0, i32* getelementptr inbounds ([32 x i32], [32 x i32]* @fail, i64 0, i64 0), align 16, !tbaa !5
  %2 = icmp sgt i32 %0, 1
  br i1 %2, label %3, label %34

3:                                                ; preds = %1
  %4 = zext i32 %0 to i64
  br label %5

5:                                                ; preds = %3, %23
  %6 = phi i64 [ 1, %3 ], [ %32, %23 ]
  %7 = phi i32 [ 0, %3 ], [ %30, %23 ]
  %8 = icmp sgt i32 %7, 0
  %9 = getelementptr inbounds [32 x i32], [32 x i32]* @pat, i64 0, i64 %6
  %10 = load i32, i32* %9, align 4, !tbaa !5
  br i1 %8, label %11, label %23

11:                                               ; preds = %5, %17
  %12 = phi i32 [ %21, %17 ], [ %7, %5 ]
  %13 = zext i32 %12 to i64
  %14 = getelementptr inbounds [32 x i32], [32 x i32]* @pat, i64 0, i64 %13
  %15 = load i32, i32* %14, align 4, !tbaa !5
  %16 = icmp eq i32 %10, %15
  br i1 %16, label %23, label %17

17:                                               ; preds = %11
  %18 = add nsw i32 %12, -1
  %19 = zext i32 %18 to i64
  %20 = getelementptr inbounds [32 x i32], [32 x i32]* @fail, i64 0, i64 %19
  %21 = load i32, i32* %20, align 4, !tbaa !5
  %22 = icmp sgt i32 %21, 0
  br i1 %22, label %11, label %23, !llvm.loop !9

23:                                               ; preds = %11, %17, %5
  %24 = phi i32 [ %7, %5 ], [ %21, %17 ], [ %12, %11 ]
  %25 = sext i32 %24 to i64
  %26 = getelementptr inbounds [32 x i32], [32 x i32]* @pat, i64 0, i64 %25
  %27 = load i32, i32* %26, align 4, !tbaa !5
  %28 = icmp eq i32 %10, %27
  %29 = zext i1 %28 to i32
  %30 = add nsw i32 %24, %29
  %31 = getelementptr inbounds [32 x i32], [32 x i32]* @fail, i64 0, i64 %6
  store i32 %30, i32* %31, align 4, !tbaa !5
  %32 = add nuw nsw i64 %6, 1
  %33 = icmp eq i64 %32, %4
  br i1 %33, label %34, label %5, !llvm.loop !11

34:                                               ; preds = %23, %1
  %35 = phi i32 [ 0, %1 ], [ %30, %23 ]
  ret i32 %35
}

; Function Attrs: nounwind uwtable
define dso_local i32 @search(i32 noundef %0, i32 noundef %1) local_unnamed_addr #1 {
  %3 = icmp sgt i32 %0, 0
  br i1 %3, label %4, label %52

4:                                                ; preds = %2
  %5 = sub i32 1, %1
  %6 = zext i32 %0 to i64
  %7 = add nsw i32 %1, -1
  %8 = sext i32 %7 to i64
  %9 = getelementptr inbounds [32 x i32], [32 x i32]* @fail, i64 0, i64 %8
  br label %10

10:                                               ; preds = %4, %46
  %11 = phi i64 [ 0, %4 ], [ %50, %46 ]
  %12 = phi i32 [ -1, %4 ], [ %49, %46 ]
  %13 = phi i32 [ 0, %4 ], [ %48, %46 ]
  %14 = phi i32 [ 0, %4 ], [ %47, %46 ]
  %15 = icmp sgt i32 %13, 0
  %16 = getelementptr inbounds [512 x i32], [512 x i32]* @text, i64 0, i64 %11
  %17 = load i32, i32* %16, align 4, !tbaa !5
  br i1 %15, label %18, label %30

18:                                               ; preds = %10, %24
  %19 = phi i32 [ %28, %24 ], [ %13, %10 ]
  %20 = zext i32 %19 to i64
  %21 = getelementptr inbounds [32 x i32], [32 x i32]* @pat, i64 0, i64 %20
  %22 = load i32, i32* %21, align 4, !tbaa !5
  %23 = icmp eq i32 %17, %22
  br i1 %23, label %30, label %24

24:                                               ; preds = %18
  %25 = add nsw i32 %19, -1
  %26 = zext i32 %25 to i64
  %27 = getelementptr inbounds [32 x i32], [32 x i32]* @fail, i64 0, i64 %26
  %28 = load i32, i32* %27, align 4, !tbaa !5
  %29 = icmp sgt i32 %28, 0
  br i1 %29, label %18, label %30, !llvm.loop !12

30:                                               ; preds = %18, %24, %10
  %31 = phi i32 [ %13, %10 ], [ %28, %24 ], [ %19, %18 ]
  %32 = sext i32 %31 to i64
  %33 = getelementptr inbounds [32 x i32], [32 x i32]* @pat, i64 0, i64 %32
  %34 = load i32, i32* %33, align 4, !tbaa !5
  %35 = icmp eq i32 %17, %34
  %36 = zext i1 %35 to i32
  %37 = add nsw i32 %31, %36
  %38 = icmp eq i32 %37, %1
  br i1 %38, label %39, label %46

39:                                               ; preds = %30
  %40 = icmp slt i32 %12, 0
  %41 = trunc i64 %11 to i32
  %42 = add i32 %5, %41
  %43 = select i1 %40, i32 %42, i32 %12
  %44 = add nsw i32 %14, 1
  %45 = load i32, i32* %9, align 4, !tbaa !5
  br label %46

46:                                               ; preds = %39, %30
  %47 = phi i32 [ %44, %39 ], [ %14, %30 ]
  %48 = phi i32 [ %45, %39 ], [ %37, %30 ]
  %49 = phi i32 [ %43, %39 ], [ %12, %30 ]
  %50 = add nuw nsw i64 %11, 1
  %51 = icmp eq i64 %50, %6
  br i1 %51, label %52, label %10, !llvm.loop !13

52:                                               ; preds = %46, %2
  %53 = phi i32 [ 0, %2 ], [ %47, %46 ]
  %54 = phi i32 [ -1, %2 ], [ %49, %46 ]
  tail call void (i8*, ...) @putf(i8* noundef getelementptr inbounds ([10 x i8], [10 x i8]* @.str, i64 0, i64 0), i32 noundef %54) #3
  ret i32 %53
}

declare void @putf(i8* noundef, ...) local_unnamed_addr #2

; Function Attrs: nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #1 {
  %1 = tail call i32 @getch() #3
  br label %2

2:                                                ; preds = %0, %5
  %3 = phi i64 [ 0, %0 ], [ %7, %5 ]
  %4 = phi i32 [ %1, %0 ], [ %8, %5 ]
  switch i32 %4, label %5 [
    i32 -1, label %10
    i32 10, label %10
  ]

5:                                                ; preds = %2
  %6 = getelementptr inbounds [512 x i32], [512 x i32]* @text, i64 0, i64 %3
  store i32 %4, i32* %6, align 4, !tbaa !5
  %7 = add nuw nsw i64 %3, 1
  %8 = tail call i32 @getch() #3
  %9 = icmp eq i64 %7, 512
  br i1 %9, label %13, label %2, !llvm.loop !14

10:                                               ; preds = %2, %2
  %11 = freeze i64 %3
  %12 = trunc i64 %11 to i32
  br label %13

13:                                               ; preds = %5, %10
  %14 = phi i32 [ %12, %10 ], [ 512, %5 ]
  %15 = tail call i32 @getch() #3
  %16 = icmp eq i32 %15, -1
  br i1 %16, label %132, label %17

17:                                               ; preds = %13
  %18 = icmp eq i32 %14, 0
  %19 = zext i32 %14 to i64
  br label %20

20:                                               ; preds = %17, %128
  %21 = phi i32 [ 0, %17 ], [ %129, %128 ]
  %22 = phi i32 [ %15, %17 ], [ %130, %128 ]
  br label %23

23:                                               ; preds = %20, %26
  %24 = phi i64 [ 0, %20 ], [ %28, %26 ]
  %25 = phi i32 [ %22, %20 ], [ %29, %26 ]
  switch i32 %25, label %26 [
    i32 -1, label %33
    i32 10, label %33
  ]

26:                                               ; preds = %23
  %27 = getelementptr inbounds [32 x i32], [32 x i32]* @pat, i64 0, i64 %24
  store i32 %25, i32* %27, align 4, !tbaa !5
  %28 = add nuw nsw i64 %24, 1
  %29 = tail call i32 @getch() #3
  %30 = icmp eq i64 %28, 32
  br i1 %30, label %31, label %23, !llvm.loop !15

31:                                               ; preds = %26
  %32 = icmp eq i32 %29, -1
  store i32 0, i32* getelementptr inbounds ([32 x i32], [32 x i32]* @fail, i64 0, i64 0), align 16, !tbaa !5
  br label %40

33:                                               ; preds = %23, %23
  %34 = freeze i64 %24
  %35 = trunc i64 %34 to i32
  %36 = icmp eq i32 %25, -1
  %37 = icmp eq i32 %35, 0
  br i1 %37, label %127, label %38

38:                                               ; preds = %33
  store i32 0, i32* getelementptr inbounds ([32 x i32], [32 x i32]* @fail, i64 0, i64 0), align 16, !tbaa !5
  %39 = icmp eq i32 %35, 1
  br i1 %39, label %73, label %40

40:                                               ; preds = %31, %38
  %41 = phi i1 [ %32, %31 ], [ %36, %38 ]
  %42 = phi i32 [ 32, %31 ], [ %35, %38 ]
  %43 = zext i32 %42 to i64
  br label %44

44:                                               ; preds = %62, %40
  %45 = phi i64 [ 1, %40 ], [ %71, %62 ]
  %46 = phi i32 [ 0, %40 ], [ %69, %62 ]
  %47 = icmp sgt i32 %46, 0
  %48 = getelementptr inbounds [32 x i32], [32 x i32]* @pat, i64 0, i64 %45
  %49 = load i32, i32* %48, align 4, !tbaa !5
  br i1 %47, label %50, label %62

50:                                               ; preds = %44, %56
  %51 = phi i32 [ %60, %56 ], [ %46, %44 ]
  %52 = zext i32 %51 to i64
  %53 = getelementptr inbounds [32 x i32], [32 x i32]* @pat, i64 0, i64 %52
  %54 = load i32, i32* %53, align 4, !tbaa !5
  %55 = icmp eq i32 %49, %54
  br i1 %55, label %62, label %56

56:                                               ; preds = %50
  %57 = add nsw i32 %51, -1
  %58 = zext i32 %57 to i64
  %59 = getelementptr inbounds [32 x i32], [32 x i32]* @fail, i64 0, i64 %58
  %60 = load i32, i32* %59, align 4, !tbaa !5
  %61 = icmp sgt i32 %60, 0
  br i1 %61, label %50, label %62, !llvm.loop !9

62:                                               ; preds = %56, %50, %44
  %63 = phi i32 [ %46, %44 ], [ %51, %50 ], [ %60, %56 ]
  %64 = sext i32 %63 to i64
  %65 = getelementptr inbounds [32 x i32], [32 x i32]* @pat, i64 0, i64 %64
  %66 = load i32, i32* %65, align 4, !tbaa !5
  %67 = icmp eq i32 %49, %66
  %68 = zext i1 %67 to i32
  %69 = add nsw i32 %63, %68
  %70 = getelementptr inbounds [32 x i32], [32 x i32]* @fail, i64 0, i64 %45
  store i32 %69, i32* %70, align 4, !tbaa !5
  %71 = add nuw nsw i64 %45, 1
  %72 = icmp eq i64 %71, %43
  br i1 %72, label %73, label %44, !llvm.loop !11

73:                                               ; preds = %62, %38
  %74 = phi i1 [ %36, %38 ], [ %41, %62 ]
  %75 = phi i32 [ 1, %38 ], [ %42, %62 ]
  tail call void (i8*, ...) @putf(i8* noundef getelementptr inbounds ([7 x i8], [7 x i8]* @.str.1, i64 0, i64 0), i32 noundef %75) #3
  br i1 %18, label %123, label %76

76:                                               ; preds = %73
  %77 = sub i32 1, %75
  %78 = add nsw i32 %75, -1
  %79 = sext i32 %78 to i64
  %80 = getelementptr inbounds [32 x i32], [32 x i32]* @fail, i64 0, i64 %79
  br label %81

81:                                               ; preds = %117, %76
  %82 = phi i64 [ 0, %76 ], [ %121, %117 ]
  %83 = phi i32 [ -1, %76 ], [ %120, %117 ]
  %84 = phi i32 [ 0, %76 ], [ %119, %117 ]
  %85 = phi i32 [ 0, %76 ], [ %118, %117 ]
  %86 = icmp sgt i32 %84, 0
  %87 = getelementptr inbounds [512 x i32], [512 x i32]* @text, i64 0, i64 %82
  %88 = load i32, i32* %87, align 4, !tbaa !5
  br i1 %86, label %89, label %101

89:                                               ; preds = %81, %95
  %90 = phi i32 [ %99, %95 ], [ %84, %81 ]
  %91 = zext i32 %90 to i64
  %92 = getelementptr inbounds [32 x i32], [32 x i32]* @pat, i64 0, i64 %91
  %93 = load i32, i32* %92, align 4, !tbaa !5
  %94 = icmp eq i32 %88, %93
  br i1 %94, label %101, label %95

95:                                               ; preds = %89
  %96 = add nsw i32 %90, -1
  %97 = zext i32 %96 to i64
  %98 = getelementptr inbounds [32 x i32], [32 x i32]* @fail, i64 0, i64 %97
  %99 = load i32, i32* %98, align 4, !tbaa !5
  %100 = icmp sgt i32 %99, 0
  br i1 %100, label %89, label %101, !llvm.loop !12

101:                                              ; preds = %95, %89, %81
  %102 = phi i32 [ %84, %81 ], [ %90, %89 ], [ %99, %95 ]
  %103 = sext i32 %102 to i64
  %104 = getelementptr inbounds [32 x i32], [32 x i32]* @pat, i64 0, i64 %103
  %105 = load i32, i32* %104, align 4, !tbaa !5
  %106 = icmp eq i32 %88, %105
  %107 = zext i1 %106 to i32
  %108 = add nsw i32 %102, %107
  %109 = icmp eq i32 %108, %75
  br i1 %109, label %110, label %117

110:                                              ; preds = %101
  %111 = icmp slt i32 %83, 0
  %112 = trunc i64 %82 to i32
  %113 = add i32 %77, %112
  %114 = select i1 %111, i32 %113, i32 %83
  %115 = add nsw i32 %85, 1
  %116 = load i32, i32* %80, align 4, !tbaa !5
  br label %117

117:                                              ; preds = %110, %101
  %118 = phi i32 [ %115, %110 ], [ %85, %101 ]
  %119 = phi i32 [ %116, %110 ], [ %108, %101 ]
  %120 = phi i32 [ %114, %110 ], [ %83, %101 ]
  %121 = add nuw nsw i64 %82, 1
  %122 = icmp eq i64 %121, %19
  br i1 %122, label %123, label %81, !llvm.loop !13

123:                                              ; preds = %117, %73
  %124 = phi i32 [ 0, %73 ], [ %118, %117 ]
  %125 = phi i32 [ -1, %73 ], [ %120, %117 ]
  tail call void (i8*, ...) @putf(i8* noundef getelementptr inbounds ([10 x i8], [10 x i8]* @.str, i64 0, i64 0), i32 noundef %125) #3
  tail call void (i8*, ...) @putf(i8* noundef getelementptr inbounds ([11 x i8], [11 x i8]* @.str.2, i64 0, i64 0), i32 noundef %124) #3
  %126 = add nsw i32 %124, %21
  br i1 %74, label %132, label %128

127:                                              ; preds = %33
  br i1 %36, label %132, label %128

128:                                              ; preds = %127, %123
  %129 = phi i32 [ %126, %123 ], [ %21, %127 ]
  %130 = tail call i32 @getch() #3
  %131 = icmp eq i32 %130, -1
  br i1 %131, label %132, label %20, !llvm.loop !16

132:                                              ; preds = %123, %127, %128, %13
  %133 = phi i32 [ 0, %13 ], [ %21, %127 ], [ %126, %123 ], [ %129, %128 ]
  ret i32 %133
}

declare i32 @getch() local_unnamed_addr #2

attributes #0 = { nofree norecurse nosync nounwind uwtable "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
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
!11 = distinct !{!11, !10}
!12 = distinct !{!12, !10}
!13 = distinct !{!13, !10}
!14 = distinct !{!14, !10}
!15 = distinct !{!15, !10}
!16 = distinct !{!16, !10}

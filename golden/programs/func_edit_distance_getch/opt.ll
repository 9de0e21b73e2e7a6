; ModuleID = 'func_edit_distance_getch.sy'
source_filename = "func_edit_distance_getch.sy"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@d = dso_local local_unnamed_addr global [65 x [65 x i32]] zeroinitializer, align 16
@s1 = dso_local local_unnamed_addr global [64 x i32] zeroinitializer, align 16
@s2 = dso_local local_unnamed_addr global [64 x i32] zeroinitializer, align 16
@.str = private unnamed_addr constant [13 x i8] c"pair %d: %d\0A\00", align 1

; Function Attrs: nounwind uwtable
define dso_local i32 @read_line(i32* nocapture noundef writeonly %0) local_unnamed_addr #0 {
  %2 = tail call i32 @getch() #4
  %3 = icmp eq i32 %2, -1
  br i1 %3, label %16, label %4

4:                                                ; preds = %1, %13
  %5 = phi i32 [ %14, %13 ], [ 0, %1 ]
  %6 = phi i32 [ %15, %13 ], [ %2, %1 ]
  switch i32 %6, label %7 [
    i32 -1, label %16
    i32 10, label %16
  ]

7:                                                ; preds = %4
  %8 = icmp slt i32 %5, 64
  br i1 %8, label %9, label %13

9:                                                ; preds = %7
  %10 = sext i32 %5 to i64
  %11 = getelementptr inbounds i32, i32* %0, i64 %10
  store i32 %6, i32* %11, align 4, !tbaa !5
  %12 = add nsw i32 %5, 1
  br label %13

13:                                               ; preds = %9, %7
  %14 = phi i32 [ %12, %9 ], [ %5, %7 ]
  %15 = tail call i32 @getch() #4
  br label %4, !llvm.loop !9

16:                                               ; preds = %4, %4, %1
  %17 = phi i32 [ -1, %1 ], [ %5, %4 ], [ %5, %4 ]
  ret i32 %17
}

declare i32 @getch() local_unnamed_addr #1

; Function Attrs: mustprogress nofree norecurse nosync nounwind readnone uwtable willreturn
define dso_local i32 @min3(i32 noundef %0, i32 noundef %1, i32 noundef %2) local_unnamed_addr #2 {
  %4 = icmp slt i32 %1, %0
  %5 = select i1 %4, i32 %1, i32 %0
  %6 = icmp sgt i32 %5, %2
  %7 = select i1 %6, i32 %2, i32 %5
  ret i32 %7
}

; Function Attrs: nofree norecurse nosync nounwind uwtable
define dso_local i32 @distance(i32 noundef %0, i32 noundef %1) local_unnamed_addr #3 {
  %3 = icmp slt i32 %0, 0
  br i1 %3, label %23, label %4

4:                                                ; preds = %2
  %5 = add nuw i32 %0, 1
  %6 = zext i32 %5 to i64
  %7 = add nsw i64 %6, -1
  %8 = and i64 %6, 3
  %9 = icmp ult i64 %7, 3
  br i1 %9, label %12, label %10

10:                                               ; preds = %4
  %11 = and i64 %6, 4294967292
  br label %33

12:                                               ; preds = %33, %4
  %13 = phi i64 [ 0, %4 ], [ %47, %33 ]
  %14 = icmp eq i64 %8, 0
  br i1 %14, label %23, label %15

15:                                               ; preds = %12, %15
  %16 = phi i64 [ %20, %15 ], [ %13, %12 ]
  %17 = phi i64 [ %21, %15 ], [ 0, %12 ]
  %18 = getelementptr inbounds [65 x [65 x i32]], [65 x [65 x i32]]* @d, i64 0, i64 %16, i64 0
  %19 = trunc i64 %16 to i32
  store i32 %19, i32* %18, align 4, !tbaa !5
  %20 = add nuw nsw i64 %16, 1
  %21 = add i64 %17, 1
  %22 = icmp eq i64 %21, %8
  br i1 %22, label %23, label %15, !llvm.loop !11

23:                                               ; preds = %12, %15, %2
  %24 = icmp slt i32 %1, 0
  br i1 %24, label %61, label %25

25:                                               ; preds = %23
  %26 = add nuw i32 %1, 1
  %27 = zext i32 %26 to i64
  %28 = add nsw i64 %27, -1
  %29 = and i64 %27, 3
  %30 = icmp ult i64 %28, 3
  br i1 %30, label %50, label %31

31:                                               ; preds = %25
  %32 = and i64 %27, 4294967292
  br label %69

33:                                               ; preds = %33, %10
  %34 = phi i64 [ 0, %10 ], [ %47, %33 ]
  %35 = phi i64 [ 0, %10 ], [ %48, %33 ]
  %36 = getelementptr inbounds [65 x [65 x i32]], [65 x [65 x i32]]* @d, i64 0, i64 %34, i64 0
  %37 = trunc i64 %34 to i32
  store i32 %37, i32* %36, align 16, !tbaa !5
  %38 = or i64 %34, 1
  %39 = getelementptr inbounds [65 x [65 x i32]], [65 x [65 x i32]]* @d, i64 0, i64 %38, i64 0
  %40 = trunc i64 %38 to i32
  store i32 %40, i32* %39, align 4, !tbaa !5
  %41 = or i64 %34, 2
  %42 = getelementptr inbounds [65 x [65 x i32]], [65 x [65 x i32]]* @d, i64 0, i64 %41, i64 0
  %43 = trunc i64 %41 to i32
  store i32 %43, i32* %42, align 8, !tbaa !5
  %44 = or i64 %34, 3
  %45 = getelementptr inbounds [65 x [65 x i32]], [65 x [65 x i32]]* @d, i64 0, i64 %44, i64 0
  %46 = trunc i64 %44 to i32
  store i32 %46, i32* %45, align 4, !tbaa !5
  %47 = add nuw nsw i64 %34, 4
  %48 = add i64 %35, 4
  %49 = icmp eq i64 %48, %11
  br i1 %49, label %12, label %33, !llvm.loop !13

50:                                               ; preds = %69, %25
  %51 = phi i64 [ 0, %25 ], [ %83, %69 ]
  %52 = icmp eq i64 %29, 0
  br i1 %52, label %61, label %53

53:                                               ; preds = %50, %53
  %54 = phi i64 [ %58, %53 ], [ %51, %50 ]
  %55 = phi i64 [ %59, %53 ], [ 0, %50 ]
  %56 = getelementptr inbounds [65 x [65 x i32]], [65 x [65 x i32]]* @d, i64 0, i64 0, i64 %54
  %57 = trunc i64 %54 to i32
  store i32 %57, i32* %56, align 4, !tbaa !5
  %58 = add nuw nsw i64 %54, 1
  %59 = add i64 %55, 1
  %60 = icmp eq i64 %59, %29
  br i1 %60, label %61, label %53, !llvm.loop !14

61:                                               ; preds = %50, %53, %23
  %62 = icmp slt i32 %0, 1
  br i1 %62, label %120, label %63

63:                                               ; preds = %61
  %64 = icmp slt i32 %1, 1
  %65 = add i32 %1, 1
  %66 = add nuw i32 %0, 1
  %67 = zext i32 %66 to i64
  %68 = zext i32 %65 to i64
  br label %86

69:                                               ; preds = %69, %31
  %70 = phi i64 [ 0, %31 ], [ %83, %69 ]
  %71 = phi i64 [ 0, %31 ], [ %84, %69 ]
  %72 = getelementptr inbounds [65 x [65 x i32]], [65 x [65 x i32]]* @d, i64 0, i64 0, i64 %70
  %73 = trunc i64 %70 to i32
  store i32 %73, i32* %72, align 16, !tbaa !5
  %74 = or i64 %70, 1
  %75 = getelementptr inbounds [65 x [65 x i32]], [65 x [65 x i32]]* @d, i64 0, i64 0, i64 %74
  %76 = trunc i64 %74 to i32
  store i32 %76, i32* %75, align 4, !tbaa !5
  %77 = or i64 %70, 2
  %78 = getelementptr inbounds [65 x [65 x i32]], [65 x [65 x i32]]* @d, i64 0, i64 0, i64 %77
  %79 = trunc i64 %77 to i32
  store i32 %79, i32* %78, align 8, !tbaa !5
  %80 = or i64 %70, 3
  %81 = getelementptr inbounds [65 x [65 x i32]], [65 x [65 x i32]]* @d, i64 0, i64 0, i64 %80
  %82 = trunc i64 %80 to i32
  store i32 %82, i32* %81, align 4, !tbaa !5
  %83 = add nuw nsw i64 %70, 4
  %84 = add i64 %71, 4
  %85 = icmp eq i64 %84, %32
  br i1 %85, label %50, label %69, !llvm.loop !15

86:                                               ; preds = %63, %117
  %87 = phi i64 [ 1, %63 ], [ %118, %117 ]
  br i1 %64, label %117, label %88

88:                                               ; preds = %86
  %89 = add nsw i64 %87, -1
  %90 = getelementptr inbounds [64 x i32], [64 x i32]* @s1, i64 0, i64 %89
  %91 = load i32, i32* %90, align 4, !tbaa !5
  %92 = getelementptr inbounds [65 x [65 x i32]], [65 x [65 x i32]]* @d, i64 0, i64 %87, i64 0
  %93 = load i32, i32* %92, align 4, !tbaa !5
  %94 = getelementptr inbounds [65 x [65 x i32]], [65 x [65 x i32]]* @d, i64 0, i64 %89, i64 0
  %95 = load i32, i32* %94, align 4, !tbaa !5
  br label %96

96:                                               ; preds = %88, %96
  %97 = phi i32 [ %95, %88 ], [ %106, %96 ]
  %98 = phi i32 [ %93, %88 ], [ %113, %96 ]
  %99 = phi i64 [ 1, %88 ], [ %115, %96 ]
  %100 = add nsw i64 %99, -1
  %101 = getelementptr inbounds [64 x i32], [64 x i32]* @s2, i64 0, i64 %100
  %102 = load i32, i32* %101, align 4, !tbaa !5
  %103 = icmp ne i32 %91, %102
  %104 = zext i1 %103 to i32
  %105 = getelementptr inbounds [65 x [65 x i32]], [65 x [65 x i32]]* @d, i64 0, i64 %89, i64 %99
  %106 = load i32, i32* %105, align 4, !tbaa !5
  %107 = add nsw i32 %106, 1
  %108 = add nsw i32 %98, 1
  %109 = add nsw i32 %97, %104
  %110 = icmp slt i32 %108, %107
  %111 = select i1 %110, i32 %108, i32 %107
  %112 = icmp sgt i32 %111, %109
  %113 = select i1 %112, i32 %109, i32 %111
  %114 = getelementptr inbounds [65 x [65 x i32]], [65 x [65 x i32]]* @d, i64 0, i64 %87, i64 %99
  store i32 %113, i32* %114, align 4, !tbaa !5
  %115 = add nuw nsw i64 %99, 1
  %116 = icmp eq i64 %115, %68
  br i1 %116, label %117, label %96, !llvm.loop !16

117:                                              ; preds = %96, %86
  %118 = add nuw nsw i64 %87, 1
  %119 = icmp eq i64 %118, %67
  br i1 %119, label %120, label %86, !llvm.loop !17

120:                                              ; preds = %117, %61
  %121 = sext i32 %0 to i64
  %122 = sext i32 %1 to i64
  %123 = getelementptr inbounds [65 x [65 x i32]], [65 x [65 x i32]]* @d, i64 0, i64 %121, i64 %122
  %124 = load i32, i32* %123, align 4, !tbaa !5
  ret i32 %124
}

; Function Attrs: nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #0 {
  %1 = tail call i32 @getch() #4
  %2 = icmp eq i32 %1, -1
  br i1 %2, label %44, label %3

3:                                                ; preds = %0, %38
  %4 = phi i32 [ %42, %38 ], [ %1, %0 ]
  %5 = phi i32 [ %40, %38 ], [ 0, %0 ]
  %6 = phi i32 [ %41, %38 ], [ 0, %0 ]
  br label %7

7:                                                ; preds = %3, %16
  %8 = phi i32 [ %17, %16 ], [ 0, %3 ]
  %9 = phi i32 [ %18, %16 ], [ %4, %3 ]
  switch i32 %9, label %10 [
    i32 -1, label %19
    i32 10, label %19
  ]

10:                                               ; preds = %7
  %11 = icmp slt i32 %8, 64
  br i1 %11, label %12, label %16

12:                                               ; preds = %10
  %13 = sext i32 %8 to i64
  %14 = getelementptr inbounds [64 x i32], [64 x i32]* @s1, i64 0, i64 %13
  store i32 %9, i32* %14, align 4, !tbaa !5
  %15 = add nsw i32 %8, 1
  br label %16

16:                                               ; preds = %12, %10
  %17 = phi i32 [ %15, %12 ], [ %8, %10 ]
  %18 = tail call i32 @getch() #4
  br label %7, !llvm.loop !9

19:                                               ; preds = %7, %7
  %20 = icmp slt i32 %8, 0
  br i1 %20, label %44, label %21

21:                                               ; preds = %19
  %22 = tail call i32 @getch() #4
  %23 = icmp eq i32 %22, -1
  br i1 %23, label %44, label %24

24:                                               ; preds = %21, %33
  %25 = phi i32 [ %34, %33 ], [ 0, %21 ]
  %26 = phi i32 [ %35, %33 ], [ %22, %21 ]
  switch i32 %26, label %27 [
    i32 -1, label %36
    i32 10, label %36
  ]

27:                                               ; preds = %24
  %28 = icmp slt i32 %25, 64
  br i1 %28, label %29, label %33

29:                                               ; preds = %27
  %30 = sext i32 %25 to i64
  %31 = getelementptr inbounds [64 x i32], [64 x i32]* @s2, i64 0, i64 %30
  store i32 %26, i32* %31, align 4, !tbaa !5
  %32 = add nsw i32 %25, 1
  br label %33

33:                                               ; preds = %29, %27
  %34 = phi i32 [ %32, %29 ], [ %25, %27 ]
  %35 = tail call i32 @getch() #4
  br label %24, !llvm.loop !9

36:                                               ; preds = %24, %24
  %37 = icmp slt i32 %25, 0
  br i1 %37, label %44, label %38

38:                                               ; preds = %36
  %39 = tail call i32 @distance(i32 noundef %8, i32 noundef %25)
  tail call void (i8*, ...) @putf(i8* noundef getelementptr inbounds ([13 x i8], [13 x i8]* @.str, i64 0, i64 0), i32 noundef %6, i32 noundef %39) #4
  %40 = add nsw i32 %39, %5
  %41 = add nuw nsw i32 %6, 1
  %42 = tail call i32 @getch() #4
  %43 = icmp eq i32 %42, -1
  br i1 %43, label %44, label %3

44:                                               ; preds = %36, %19, %38, %21, %0
  %45 = phi i32 [ 0, %0 ], [ %5, %21 ], [ %40, %38 ], [ %5, %19 ], [ %5, %36 ]
  ret i32 %45
}

declare void @putf(i8* noundef, ...) local_unnamed_addr #1

attributes #0 = { nounwind uwtable "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { "frame-pointer"="none" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { mustprogress nofree norecurse nosync nounwind readnone uwtable willreturn "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nofree norecurse nosync nounwind uwtable "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nounwind }

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
!14 = distinct !{!14, !12}
!15 = distinct !{!15, !10}
!16 = distinct !{!16, !10}
!17 = distinct !{!17, !10}

	.text
	.attribute	4, 16
	.attribute	5, "rv64i2p0_m2p0_a2p0_f2p0_d2p0_c2p0"
	.file	"perf_nbody_float.sy"
	.section	.sdata,"aw",@progbits
	.p2align	3                               # -- Begin function energy
.LCPI0_0:
	.quad	0x3fe0000000000000              # double 0.5
.LCPI0_1:
	.quad	0x3f847ae147ae147b              # double 0.01
.LCPI0_2:
	.word	0x3f800000                      # float 1
	.zero	4
.LCPI0_3:
	.quad	0x3ff8000000000000              # double 1.5
	.text
	.globl	energy
	.p2align	1
	.type	energy,@function
energy:                                 # @energy
# %bb.0:
	addi	sp, sp, -16
	sd	s0, 8(sp)                       # 8-byte Folded Spill
	blez	a0, .LBB0_9
# %bb.1:
	li	t4, 0
	slli	a0, a0, 32
	srli	t3, a0, 32
.LBB0_11:                               # Label of block must be emitted
	auipc	t0, %pcrel_hi(mass)
	addi	t0, t0, %pcrel_lo(.LBB0_11)
	addi	t5, t0, 4
.LBB0_12:                               # Label of block must be emitted
	auipc	a6, %pcrel_hi(py)
	addi	a6, a6, %pcrel_lo(.LBB0_12)
	addi	t6, a6, 4
.LBB0_13:                               # Label of block must be emitted
	auipc	a7, %pcrel_hi(px)
	addi	a7, a7, %pcrel_lo(.LBB0_13)
	addi	a1, a7, 4
	fmv.w.x	fa0, zero
.LBB0_14:                               # Label of block must be emitted
	auipc	a0, %pcrel_hi(.LCPI0_0)
	addi	a0, a0, %pcrel_lo(.LBB0_14)
	fld	ft0, 0(a0)
.LBB0_15:                               # Label of block must be emitted
	auipc	a0, %pcrel_hi(.LCPI0_1)
	addi	a0, a0, %pcrel_lo(.LBB0_15)
	fld	ft1, 0(a0)
.LBB0_16:                               # Label of block must be emitted
	auipc	a0, %pcrel_hi(.LCPI0_2)
	addi	a0, a0, %pcrel_lo(.LBB0_16)
	flw	ft2, 0(a0)
.LBB0_17:                               # Label of block must be emitted
	auipc	a0, %pcrel_hi(.LCPI0_3)
	addi	a0, a0, %pcrel_lo(.LBB0_17)
	fld	ft3, 0(a0)
	li	a2, 1
.LBB0_18:                               # Label of block must be emitted
	auipc	t1, %pcrel_hi(vx)
	addi	t1, t1, %pcrel_lo(.LBB0_18)
.LBB0_19:                               # Label of block must be emitted
	auipc	t2, %pcrel_hi(vy)
	addi	t2, t2, %pcrel_lo(.LBB0_19)
	j	.LBB0_3
.LBB0_2:                                #   in Loop: Header=BB0_3 Depth=1
	addi	a2, a2, 1
	addi	t5, t5, 4
	addi	t6, t6, 4
	addi	a1, a1, 4
	beq	t4, t3, .LBB0_10
.LBB0_3:                                # =>This Loop Header: Depth=1
                                        #     Child Loop BB0_7 Depth 2
	fcvt.d.s	ft5, fa0
	slli	a0, t4, 2
	add	a3, t0, a0
	flw	ft4, 0(a3)
	add	a3, t1, a0
	flw	ft6, 0(a3)
	add	a3, t2, a0
	flw	ft7, 0(a3)
	fcvt.d.s	fa0, ft4
	fmul.d	fa0, fa0, ft0
	fmul.s	ft6, ft6, ft6
	fmul.s	ft7, ft7, ft7
	fadd.s	ft6, ft6, ft7
	fcvt.d.s	ft6, ft6
	fmul.d	ft6, fa0, ft6
	fadd.d	ft5, ft6, ft5
	addi	t4, t4, 1
	fcvt.s.d	fa0, ft5
	bgeu	t4, t3, .LBB0_2
# %bb.4:                                #   in Loop: Header=BB0_3 Depth=1
	add	a3, a7, a0
	flw	ft5, 0(a3)
	add	a0, a0, a6
	flw	ft6, 0(a0)
	mv	a0, t3
	mv	a4, a1
	mv	a5, t6
	mv	a3, t5
	j	.LBB0_7
.LBB0_5:                                #   in Loop: Header=BB0_7 Depth=2
	fmv.s	fa1, ft2
.LBB0_6:                                #   in Loop: Header=BB0_7 Depth=2
	fcvt.d.s	ft7, ft7
	fmul.d	ft7, ft7, ft0
	fcvt.d.s	fa1, fa1
	fmul.d	fa2, ft7, fa1
	fmul.d	fa2, fa2, fa1
	fsub.d	fa2, ft3, fa2
	fmul.d	fa1, fa2, fa1
	fcvt.s.d	fa1, fa1
	fcvt.d.s	fa1, fa1
	fmul.d	fa2, ft7, fa1
	fmul.d	fa2, fa2, fa1
	fsub.d	fa2, ft3, fa2
	fmul.d	fa1, fa2, fa1
	fcvt.s.d	fa1, fa1
	fcvt.d.s	fa1, fa1
	fmul.d	fa2, ft7, fa1
	fmul.d	fa2, fa2, fa1
	fsub.d	fa2, ft3, fa2
	fmul.d	fa1, fa2, fa1
	fcvt.s.d	fa1, fa1
	fcvt.d.s	fa1, fa1
	fmul.d	fa2, ft7, fa1
	fmul.d	fa2, fa2, fa1
	fsub.d	fa2, ft3, fa2
	fmul.d	fa1, fa2, fa1
	fcvt.s.d	fa1, fa1
	fcvt.d.s	fa1, fa1
	fmul.d	fa2, ft7, fa1
	fmul.d	fa2, fa2, fa1
	fsub.d	fa2, ft3, fa2
	fmul.d	fa1, fa2, fa1
	fcvt.s.d	fa1, fa1
	fcvt.d.s	fa1, fa1
	fmul.d	ft7, ft7, fa1
	fmul.d	ft7, ft7, fa1
	flw	fa2, 0(a3)
	fsub.d	ft7, ft3, ft7
	fmul.d	ft7, ft7, fa1
	fcvt.s.d	ft7, ft7
	fmul.s	fa1, ft4, fa2
	fmul.s	ft7, fa1, ft7
	fsub.s	fa0, fa0, ft7
	addi	a3, a3, 4
	addi	a5, a5, 4
	addi	a0, a0, -1
	addi	a4, a4, 4
	beq	a2, a0, .LBB0_2
.LBB0_7:                                #   Parent Loop BB0_3 Depth=1
                                        # =>  This Inner Loop Header: Depth=2
	flw	ft7, 0(a4)
	flw	fa1, 0(a5)
	fsub.s	ft7, ft5, ft7
	fsub.s	fa1, ft6, fa1
	fmul.s	ft7, ft7, ft7
	fmul.s	fa1, fa1, fa1
	fadd.s	ft7, ft7, fa1
	fcvt.d.s	ft7, ft7
	fadd.d	ft7, ft7, ft1
	fcvt.s.d	ft7, ft7
	flt.s	s0, ft2, ft7
	beqz	s0, .LBB0_5
# %bb.8:                                #   in Loop: Header=BB0_7 Depth=2
	fdiv.s	fa1, ft2, ft7
	j	.LBB0_6
.LBB0_9:
	fmv.w.x	fa0, zero
.LBB0_10:
	ld	s0, 8(sp)                       # 8-byte Folded Reload
	addi	sp, sp, 16
	ret
.Lfunc_end0:
	.size	energy, .Lfunc_end0-energy
                                        # -- End function
	.globl	sq                              # -- Begin function sq
	.p2align	1
	.type	sq,@function
sq:                                     # @sq
# %bb.0:
	fmul.s	fa0, fa0, fa0
	ret
.Lfunc_end1:
	.size	sq, .Lfunc_end1-sq
                                        # -- End function
	.globl	pull                            # -- Begin function pull
	.p2align	1
	.type	pull,@function
pull:                                   # @pull
# %bb.0:
	fmul.s	ft0, fa1, fa1
.LBB2_1:                                # Label of block must be emitted
	auipc	a0, %pcrel_hi(softening)
	addi	a0, a0, %pcrel_lo(.LBB2_1)
	flw	ft1, 0(a0)
.LBB2_2:                                # Label of block must be emitted
	auipc	a0, %pcrel_hi(one)
	addi	a0, a0, %pcrel_lo(.LBB2_2)
	flw	ft2, 0(a0)
	fmul.s	ft3, fa2, fa2
	fadd.s	ft0, ft0, ft3
	fadd.s	ft0, ft0, ft1
	fadd.s	ft1, ft0, ft2
	fmul.s	ft0, ft0, ft1
	fdiv.s	fa0, fa0, ft0
	ret
.Lfunc_end2:
	.size	pull, .Lfunc_end2-pull
                                        # -- End function
	.globl	step                            # -- Begin function step
	.p2align	1
	.type	step,@function
step:                                   # @step
# %bb.0:
	blez	a0, .LBB3_10
# %bb.1:
	li	a4, 0
.LBB3_11:                               # Label of block must be emitted
	auipc	a1, %pcrel_hi(softening)
	addi	a1, a1, %pcrel_lo(.LBB3_11)
	flw	ft0, 0(a1)
.LBB3_12:                               # Label of block must be emitted
	auipc	a1, %pcrel_hi(one)
	addi	a1, a1, %pcrel_lo(.LBB3_12)
	flw	ft1, 0(a1)
	slli	a1, a0, 32
	srli	t6, a1, 32
.LBB3_13:                               # Label of block must be emitted
	auipc	a6, %pcrel_hi(px)
	addi	a6, a6, %pcrel_lo(.LBB3_13)
.LBB3_14:                               # Label of block must be emitted
	auipc	t0, %pcrel_hi(py)
	addi	t0, t0, %pcrel_lo(.LBB3_14)
	fmv.w.x	ft2, zero
.LBB3_15:                               # Label of block must be emitted
	auipc	a7, %pcrel_hi(mass)
	addi	a7, a7, %pcrel_lo(.LBB3_15)
.LBB3_16:                               # Label of block must be emitted
	auipc	t1, %pcrel_hi(vx)
	addi	t1, t1, %pcrel_lo(.LBB3_16)
.LBB3_17:                               # Label of block must be emitted
	auipc	t2, %pcrel_hi(vy)
	addi	t2, t2, %pcrel_lo(.LBB3_17)
	j	.LBB3_3
.LBB3_2:                                #   in Loop: Header=BB3_3 Depth=1
	add	a1, t1, t3
	flw	ft5, 0(a1)
	fmul.s	ft4, ft4, fa0
	add	a2, t2, t3
	flw	ft6, 0(a2)
	fadd.s	ft4, ft4, ft5
	fsw	ft4, 0(a1)
	fmul.s	ft3, ft3, fa0
	fadd.s	ft3, ft3, ft6
	addi	a4, a4, 1
	fsw	ft3, 0(a2)
	beq	a4, t6, .LBB3_7
.LBB3_3:                                # =>This Loop Header: Depth=1
                                        #     Child Loop BB3_5 Depth 2
	li	a2, 0
	slli	t3, a4, 2
	add	t4, a6, t3
	add	t5, t0, t3
	mv	a3, a6
	mv	a5, t0
	mv	a1, a7
	fmv.s	ft4, ft2
	fmv.s	ft3, ft2
	j	.LBB3_5
.LBB3_4:                                #   in Loop: Header=BB3_5 Depth=2
	addi	a2, a2, 1
	addi	a1, a1, 4
	addi	a5, a5, 4
	addi	a3, a3, 4
	beq	t6, a2, .LBB3_2
.LBB3_5:                                #   Parent Loop BB3_3 Depth=1
                                        # =>  This Inner Loop Header: Depth=2
	beq	a4, a2, .LBB3_4
# %bb.6:                                #   in Loop: Header=BB3_5 Depth=2
	flw	ft5, 0(a3)
	flw	ft6, 0(t4)
	flw	ft7, 0(a5)
	flw	fa1, 0(t5)
	fsub.s	ft5, ft5, ft6
	fsub.s	ft6, ft7, fa1
	flw	ft7, 0(a1)
	fmul.s	fa1, ft5, ft5
	fmul.s	fa2, ft6, ft6
	fadd.s	fa1, fa1, fa2
	fadd.s	fa1, ft0, fa1
	fadd.s	fa2, ft1, fa1
	fmul.s	fa1, fa1, fa2
	fdiv.s	ft7, ft7, fa1
	fmul.s	ft5, ft5, ft7
	fadd.s	ft4, ft4, ft5
	fmul.s	ft5, ft6, ft7
	fadd.s	ft3, ft3, ft5
	j	.LBB3_4
.LBB3_7:
	blez	a0, .LBB3_10
# %bb.8:
.LBB3_18:                               # Label of block must be emitted
	auipc	a0, %pcrel_hi(py)
	addi	a0, a0, %pcrel_lo(.LBB3_18)
.LBB3_19:                               # Label of block must be emitted
	auipc	a1, %pcrel_hi(px)
	addi	a1, a1, %pcrel_lo(.LBB3_19)
.LBB3_9:                                # =>This Inner Loop Header: Depth=1
	flw	ft0, 0(t1)
	flw	ft1, 0(a1)
	fmul.s	ft0, ft0, fa0
	flw	ft2, 0(t2)
	flw	ft3, 0(a0)
	fadd.s	ft0, ft1, ft0
	fsw	ft0, 0(a1)
	fmul.s	ft0, ft2, fa0
	fadd.s	ft0, ft3, ft0
	fsw	ft0, 0(a0)
	addi	t2, t2, 4
	addi	a0, a0, 4
	addi	t1, t1, 4
	addi	t6, t6, -1
	addi	a1, a1, 4
	bnez	t6, .LBB3_9
.LBB3_10:
	ret
.Lfunc_end3:
	.size	step, .Lfunc_end3-step
                                        # -- End function
	.section	.sdata,"aw",@progbits
	.p2align	3                               # -- Begin function main
.LCPI4_0:
	.quad	0x4059000000000000              # double 100
.LCPI4_1:
	.quad	0xc024000000000000              # double -10
.LCPI4_2:
	.word	0x3c23d70a                      # float 0.00999999977
.LCPI4_3:
	.word	0x41200000                      # float 10
	.text
	.globl	main
	.p2align	1
	.type	main,@function
main:                                   # @main
# %bb.0:
	addi	sp, sp, -96
	sd	ra, 88(sp)                      # 8-byte Folded Spill
	sd	s0, 80(sp)                      # 8-byte Folded Spill
	sd	s1, 72(sp)                      # 8-byte Folded Spill
	sd	s2, 64(sp)                      # 8-byte Folded Spill
	sd	s3, 56(sp)                      # 8-byte Folded Spill
	sd	s4, 48(sp)                      # 8-byte Folded Spill
	sd	s5, 40(sp)                      # 8-byte Folded Spill
	sd	s6, 32(sp)                      # 8-byte Folded Spill
	sd	s7, 24(sp)                      # 8-byte Folded Spill
	fsd	fs0, 16(sp)                     # 8-byte Folded Spill
	fsd	fs1, 8(sp)                      # 8-byte Folded Spill
	call	getint@plt
	mv	s5, a0
	call	getint@plt
	mv	s6, a0
.LBB4_7:                                # Label of block must be emitted
	auipc	s4, %pcrel_hi(py)
	addi	s4, s4, %pcrel_lo(.LBB4_7)
.LBB4_8:                                # Label of block must be emitted
	auipc	s3, %pcrel_hi(px)
	addi	s3, s3, %pcrel_lo(.LBB4_8)
	blez	s5, .LBB4_3
# %bb.1:
	slli	a0, s5, 32
	srli	s7, a0, 32
	srli	s2, a0, 30
.LBB4_9:                                # Label of block must be emitted
	auipc	a0, %pcrel_hi(vx)
	addi	a0, a0, %pcrel_lo(.LBB4_9)
	li	a1, 0
	mv	a2, s2
	call	memset@plt
.LBB4_10:                               # Label of block must be emitted
	auipc	a0, %pcrel_hi(vy)
	addi	a0, a0, %pcrel_lo(.LBB4_10)
	li	a1, 0
	mv	a2, s2
	call	memset@plt
	li	a0, 0
	li	a5, 5
.LBB4_11:                               # Label of block must be emitted
	auipc	a1, %pcrel_hi(mass)
	addi	a1, a1, %pcrel_lo(.LBB4_11)
	li	a6, 75
	lui	a2, 524280
	addiw	t1, a2, 1
	lui	a2, 67109
	addiw	a4, a2, -557
	li	a7, 2000
.LBB4_12:                               # Label of block must be emitted
	auipc	a2, %pcrel_hi(.LCPI4_0)
	addi	a2, a2, %pcrel_lo(.LBB4_12)
	fld	ft0, 0(a2)
.LBB4_13:                               # Label of block must be emitted
	auipc	a2, %pcrel_hi(.LCPI4_1)
	addi	a2, a2, %pcrel_lo(.LBB4_13)
	fld	ft1, 0(a2)
	lui	a2, 699051
	addiw	a2, a2, -1365
	slli	t0, a2, 32
	mv	s0, s3
	mv	a2, s4
.LBB4_2:                                # =>This Inner Loop Header: Depth=1
	mulw	a5, a5, a6
	addiw	a5, a5, 74
	mul	s1, a5, t1
	srli	a3, s1, 63
	srai	s1, s1, 47
	addw	a3, a3, s1
	slliw	s1, a3, 16
	addw	a3, a3, s1
	subw	a3, a5, a3
	mul	a5, a3, a4
	srli	s1, a5, 63
	srai	a5, a5, 39
	addw	a5, a5, s1
	mulw	a5, a5, a7
	subw	a5, a3, a5
	fcvt.d.w	ft2, a5
	fdiv.d	ft2, ft2, ft0
	fadd.d	ft2, ft2, ft1
	fcvt.s.d	ft2, ft2
	fsw	ft2, 0(s0)
	mulw	a3, a3, a6
	addiw	a3, a3, 74
	mul	a5, a3, t1
	srli	s1, a5, 63
	srai	a5, a5, 47
	addw	a5, a5, s1
	slliw	s1, a5, 16
	addw	a5, a5, s1
	subw	a5, a3, a5
	mul	a3, a5, a4
	srli	s1, a3, 63
	srai	a3, a3, 39
	addw	a3, a3, s1
	mulw	a3, a3, a7
	subw	a3, a5, a3
	fcvt.d.w	ft2, a3
	fdiv.d	ft2, ft2, ft0
	fadd.d	ft2, ft2, ft1
	fcvt.s.d	ft2, ft2
	fsw	ft2, 0(a2)
	slli	a3, a0, 32
	mulhu	a3, a3, t0
	srli	a3, a3, 33
	slliw	s1, a3, 1
	addw	a3, a3, s1
	subw	a3, a0, a3
	addiw	a3, a3, 1
	fcvt.s.w	ft2, a3
	fsw	ft2, 0(a1)
	addi	a0, a0, 1
	addi	a1, a1, 4
	addi	a2, a2, 4
	addi	s0, s0, 4
	bne	s7, a0, .LBB4_2
.LBB4_3:
	mv	a0, s5
	call	energy
	fmv.s	fs0, fa0
	call	starttime@plt
	blez	s6, .LBB4_6
# %bb.4:
.LBB4_14:                               # Label of block must be emitted
	auipc	a0, %pcrel_hi(.LCPI4_2)
	addi	a0, a0, %pcrel_lo(.LBB4_14)
	flw	fs1, 0(a0)
	li	s0, 0
.LBB4_5:                                # =>This Inner Loop Header: Depth=1
	mv	a0, s5
	fmv.s	fa0, fs1
	call	step
	addiw	s0, s0, 1
	blt	s0, s6, .LBB4_5
.LBB4_6:
	call	stoptime@plt
	mv	a0, s5
	call	energy
	fmv.s	fs1, fa0
	fmv.s	fa0, fs0
	call	putfloat@plt
	li	a0, 10
	call	putch@plt
	fmv.s	fa0, fs1
	call	putfloat@plt
	li	a0, 10
	call	putch@plt
	flw	fa0, 0(s3)
	call	putfloat@plt
	li	a0, 32
	call	putch@plt
	flw	fa0, 0(s4)
	call	putfloat@plt
	li	a0, 10
	call	putch@plt
	addiw	a0, s5, -1
	slli	a0, a0, 2
	add	a0, a0, s3
	flw	ft0, 0(a0)
	flw	ft1, 0(s3)
.LBB4_15:                               # Label of block must be emitted
	auipc	a0, %pcrel_hi(.LCPI4_3)
	addi	a0, a0, %pcrel_lo(.LBB4_15)
	flw	ft2, 0(a0)
	fsub.s	ft0, ft0, ft1
	fmul.s	ft0, ft0, ft2
	fcvt.w.s	a0, ft0, rtz
	sraiw	a1, a0, 31
	srliw	a1, a1, 24
	add	a1, a1, a0
	andi	a1, a1, -256
	subw	a0, a0, a1
	ld	ra, 88(sp)                      # 8-byte Folded Reload
	ld	s0, 80(sp)                      # 8-byte Folded Reload
	ld	s1, 72(sp)                      # 8-byte Folded Reload
	ld	s2, 64(sp)                      # 8-byte Folded Reload
	ld	s3, 56(sp)                      # 8-byte Folded Reload
	ld	s4, 48(sp)                      # 8-byte Folded Reload
	ld	s5, 40(sp)                      # 8-byte Folded Reload
	ld	s6, 32(sp)                      # 8-byte Folded Reload
	ld	s7, 24(sp)                      # 8-byte Folded Reload
	fld	fs0, 16(sp)                     # 8-byte Folded Reload
	fld	fs1, 8(sp)                      # 8-byte Folded Reload
	addi	sp, sp, 96
	ret
.Lfunc_end4:
	.size	main, .Lfunc_end4-main
                                        # -- End function
	.type	mass,@object                    # @mass
	.bss
	.globl	mass
	.p2align	2
mass:
	.zero	256
	.size	mass, 256

	.type	vx,@object                      # @vx
	.globl	vx
	.p2align	2
vx:
	.zero	256
	.size	vx, 256

	.type	vy,@object                      # @vy
	.globl	vy
	.p2align	2
vy:
	.zero	256
	.size	vy, 256

	.type	px,@object                      # @px
	.globl	px
	.p2align	2
px:
	.zero	256
	.size	px, 256

	.type	py,@object                      # @py
	.globl	py
	.p2align	2
py:
	.zero	256
	.size	py, 256

	.type	softening,@object               # @softening
	.section	.sdata,"aw",@progbits
	.globl	softening
	.p2align	2
softening:
	.word	0x3c23d70a                      # float 0.00999999977
	.size	softening, 4

	.type	one,@object                     # @one
	.globl	one
	.p2align	2
one:
	.word	0x3f800000                      # float 1
	.size	one, 4

	.ident	"Debian clang version 14.0.6"
	.section	".note.GNU-stack","",@progbits
